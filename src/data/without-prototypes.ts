/**
 * Records as objects without a prototype, read as own properties only: a page that adds
 * properties to `Object.prototype` (`Object.prototype.url = 'https://…'`, by mistake or by an
 * attack) cannot plant a link, a figure or a status in a record that has none.
 */

/**
 * A copy of JSON-like `value` whose objects have no prototype. Objects that already have none
 * (what the validator returns) are kept as they are.
 */
export const withoutPrototypes = <T>(value: T): T => {
  if (Array.isArray(value)) return value.map(withoutPrototypes) as T;
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) === null) return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const [key, entry] of Object.entries(value)) copy[key] = withoutPrototypes(entry);
  return copy as T;
};
