/**
 * Which content API documents a widget reads first, derived from its attributes as the widget
 * itself will ask for them: the loader fetches them beside the widget's code (src/content-prefetch.ts).
 * Each widget says which in its folder (src/elements/<name>/first-documents.ts), with these helpers.
 * Small on purpose: the loader, which every page loads first, carries them.
 */

/** The documents `widget` reads first, as paths under its content API, in `language`. */
export type FirstDocuments = (widget: Element, language: string) => string[];

/** What can be a record id in the content API (the widgets ask for no other). */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The trimmed value of an attribute, if it has one. */
export const attributeOf = (widget: Element, name: string): string | undefined => widget.getAttribute(name)?.trim() || undefined;

/** The attribute's value if it can be a record id. */
export const idOf = (widget: Element, name: string): string | undefined => {
  const value = attributeOf(widget, name);
  return value && idPattern.test(value) ? value : undefined;
};

/**
 * The documents of the one record a widget shows, whose id its attribute `attribute` holds: the
 * record in `language` under `kind`, and its language-free documents (a project's map).
 */
export const recordDocuments = (widget: Element, attribute: string, kind: string, language: string, ...languageFree: string[]): string[] => {
  const id = idOf(widget, attribute);
  return id ? [language, ...languageFree].map((name) => `${kind}/${id}/${name}.json`) : [];
};
