/**
 * Design tokens: CSS custom properties every widget reads. A page restyles all widgets by
 * setting `--iom-*` on any ancestor (or on the widgets), e.g. `--iom-accent: #c00`.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    /* Each colour has a light and a dark token; the theme attribute picks which applies. */
    --_accent: light-dark(var(--iom-accent, #0033a0), var(--iom-accent-dark, #9ec1ff));
    --_text: light-dark(var(--iom-color-text, #1b1f24), var(--iom-color-text-dark, #f1f4f9));
    --_muted: light-dark(var(--iom-color-muted, #4b5563), var(--iom-color-muted-dark, #c3cad6));
    --_surface: light-dark(var(--iom-color-surface, #fff), var(--iom-color-surface-dark, #121826));
    --_subtle: light-dark(var(--iom-color-subtle, #f2f5fb), var(--iom-color-subtle-dark, #1d2536));
    --_border: light-dark(var(--iom-color-border, #8a96aa), var(--iom-color-border-dark, #6b778c));
    --_radius: var(--iom-radius, 0.5rem);
    --_space: var(--iom-space, 1rem);

    color-scheme: light;
    display: block;
    box-sizing: border-box;
  }
  /*
   * The page's own rules reach the host element (even "* { … !important }") and what they set
   * there is inherited. No page selector reaches inside, so the widget's type is set here.
   */
  .base {
    container-type: inline-size;
    color: var(--_text);
    font-family: var(--iom-font-family, inherit);
    font-size: var(--iom-font-size, 1rem);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    white-space: normal;
    /* A word too long for the line (a feed's, say) breaks rather than overflows. */
    overflow-wrap: anywhere;
  }
  /* Text shown in another language than the widget's (English in an Arabic widget, say) takes
     the direction of its own words, so its punctuation stays where it belongs. A block whose
     text is all in that language (a heading, a summary) carries the lang itself, never on a span
     inside it: the block then takes that direction too, and text-align: start puts it at its own
     start (English at the left), every such block alike. A span inside a line in the widget's
     language is only isolated, and the line keeps the widget's direction. */
  .base [lang] {
    unicode-bidi: plaintext;
  }
  /* Spacing comes from each widget's gaps, not from the user agent's margins. Headings are
     native h1-h6 for what they mean, and look as the widget's own rules say, never as the user
     agent's (whose sizes, bold and margins differ from level to level). */
  p {
    margin: 0;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  /* Links, buttons and anything else the keyboard reaches. */
  :focus-visible {
    outline: var(--iom-focus-ring, 3px solid var(--_accent));
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
