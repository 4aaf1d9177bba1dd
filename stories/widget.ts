/**
 * Renders a widget from story args named like its attributes, as a CMS author would write the
 * tag: each non-empty string arg becomes an attribute (an empty control means no attribute), and
 * the `onIomReady` / `onIomError` actions listen to the widget's events.
 */
export interface WidgetArgs {
  lang?: string;
  src?: string;
  theme?: string;
  onIomReady?: (event: Event) => void;
  onIomError?: (event: Event) => void;
  [attribute: string]: unknown;
}

export const widget = (tag: string, args: WidgetArgs): HTMLElement => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(args)) {
    // The action args (onIomReady…) are functions; the controls of properties, events, parts and
    // CSS custom properties are documentation only and give no arg (see .storybook/manifest-arg-types.ts).
    if (typeof value === 'string' && value !== '') element.setAttribute(name, value);
  }
  if (args.onIomReady) element.addEventListener('iom-ready', args.onIomReady);
  if (args.onIomError) element.addEventListener('iom-error', args.onIomError);
  return element;
};
