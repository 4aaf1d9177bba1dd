/**
 * Fonts of the page around a story. Widgets inherit the host page's font (unless
 * `--iom-font-family` is set), so a preview page that sets none would show them in the
 * browser's default serif, as no real site does. Every stack names installed fonts only: the
 * preview downloads no web font, as the widgets make no third-party request.
 */

/** A font stack a toolbar offers. */
interface FontStack {
  readonly value: string;
  readonly title: string;
  readonly stack: string;
}

const stacks: readonly FontStack[] = [
  {
    value: 'system',
    title: 'System sans serif (most sites)',
    stack: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  },
  {
    value: 'serif',
    title: 'Serif (news and editorial sites)',
    stack: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Noto Serif", serif',
  },
  {
    value: 'humanist',
    title: 'Humanist sans serif',
    stack: 'Seravek, "Gill Sans Nova", Ubuntu, Calibri, "DejaVu Sans", sans-serif',
  },
];

/** The host page's font: one of the stacks, or none at all (the browser's default). */
export const hostFonts = [...stacks, { value: 'none', title: 'None set (the browser’s default)', stack: '' }];

/** `--iom-font-family` on the widgets: not set (they inherit the page's font), or a stack. */
export const widgetFonts = [{ value: 'inherit', title: 'Not set (the page’s font)', stack: '' }, ...stacks];

/**
 * The rules that apply the toolbar's choices, read from the story wrapper's `data-host-font` and
 * `data-widget-font`: the host font on the wrapper and, in the canvas, on the body too.
 */
export const fontRules = [
  ...hostFonts
    .filter(({ stack }) => stack)
    .map(
      ({ value, stack }) =>
        `.iom-sb-page[data-host-font='${value}'], body:has(#storybook-root .iom-sb-page[data-host-font='${value}']) { font-family: ${stack}; }`,
    ),
  ...widgetFonts
    .filter(({ stack }) => stack)
    .map(({ value, stack }) => `.iom-sb-page[data-widget-font='${value}'] { --iom-font-family: ${stack}; }`),
].join('\n');
