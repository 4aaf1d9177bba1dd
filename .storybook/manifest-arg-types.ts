/**
 * The controls and docs tables of an element, from custom-elements.json: a section each for its
 * attributes, properties, events, slots, CSS custom properties and CSS shadow parts, every entry
 * under its own name.
 *
 * Storybook's own reader (@storybook/web-components) keys every entry by its bare name, so an
 * entry overwrote any other of the same name: the map's `project` attribute was shown as its
 * `project` part, without a control (the contact box's `contact` likewise), and each property
 * vanished behind its attribute. Here an attribute is keyed by its name, as the stories' args
 * are, and every other entry by its kind and name (keys stay within Storybook's URL-safe
 * characters; tables show the `name`).
 */
import type { ArgTypes, InputType } from '@storybook/web-components-vite';

interface ManifestEntry {
  readonly name: string;
  readonly description?: string;
  readonly type?: { readonly text: string };
  readonly default?: string;
  readonly kind?: string;
  readonly static?: boolean;
}

interface ManifestDeclaration {
  readonly tagName?: string;
  readonly attributes?: readonly ManifestEntry[];
  readonly members?: readonly ManifestEntry[];
  readonly events?: readonly ManifestEntry[];
  readonly slots?: readonly ManifestEntry[];
  readonly cssProperties?: readonly ManifestEntry[];
  readonly cssParts?: readonly ManifestEntry[];
}

export interface Manifest {
  readonly modules: readonly { readonly declarations?: readonly ManifestDeclaration[] }[];
}

/**
 * A table row of `entry` in the section `category`, with no control unless one is given (a
 * disabled one, which Storybook shows as a plain "-" rather than inviting to set one up).
 */
const row = (entry: ManifestEntry, category: string, control: InputType['control'] = { disable: true }): InputType => ({
  name: entry.name,
  description: entry.description,
  control,
  table: {
    category,
    type: entry.type ? { summary: entry.type.text } : undefined,
    defaultValue: entry.default === undefined ? undefined : { summary: entry.default },
  },
});

/**
 * The control for an attribute of the type the manifest gives it (in the `{ type }` form: arg
 * types extracted from a manifest are not normalised as those of stories are): a choice among the values of
 * a union of literals (`'card' | 'inline'`, `1 | 2 | 3`), else free text.
 */
const attributeControl = (type: string | undefined): InputType => {
  const values = (type ?? '').split('|').map((value) => value.trim());
  const literal = /^(?:'[^']*'|\d+)$/;
  if (values.length > 1 && values.every((value) => literal.test(value))) {
    return { control: { type: 'select' }, options: values.map((value) => value.replace(/^'|'$/g, '')) };
  }
  return { control: { type: 'text' } };
};

/** `iom-country-select` → `onIomCountrySelect`: the arg whose action logs the event. */
const actionArg = (event: string): string =>
  `on${event.replace(/(?:^|-)(\w)/g, (_match, letter: string) => letter.toUpperCase())}`;

/** The arg types of the element `tagName`, or `undefined` when the manifest does not list it. */
export const manifestArgTypes = (manifest: Manifest, tagName: string): ArgTypes | undefined => {
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === tagName);
  if (!element) return undefined;
  const argTypes: ArgTypes = {};
  for (const attribute of element.attributes ?? []) {
    const { control, options } = attributeControl(attribute.type?.text);
    argTypes[attribute.name] = { ...row(attribute, 'attributes', control), options };
  }
  // Set through the attributes above in the stories; listed for those who script the element.
  for (const property of (element.members ?? []).filter((member) => member.kind === 'field' && !member.static)) {
    argTypes[`property-${property.name}`] = row(property, 'properties');
  }
  for (const event of element.events ?? []) {
    argTypes[`event-${event.name}`] = row(event, 'events');
    // Storybook's actions panel logs each event through an arg of its own, hidden from the table.
    argTypes[actionArg(event.name)] = { name: actionArg(event.name), action: event.name, table: { disable: true } };
  }
  for (const slot of element.slots ?? []) argTypes[`slot-${slot.name || 'default'}`] = row(slot, 'slots');
  for (const property of element.cssProperties ?? []) argTypes[property.name] = row(property, 'css custom properties');
  for (const part of element.cssParts ?? []) argTypes[`part-${part.name}`] = row(part, 'css shadow parts');
  return argTypes;
};
