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
    --_danger: light-dark(var(--iom-color-danger, #a4161a), var(--iom-color-danger-dark, #ffb4ab));
    --_radius: var(--iom-radius, 0.5rem);
    --_space: var(--iom-space, 1rem);
    --_focus: var(--iom-focus-ring, 3px solid var(--_accent));

    color-scheme: light;
    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--iom-font-family, inherit);
    font-size: var(--iom-font-size, 1rem);
    line-height: 1.5;
    text-align: start;
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
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .problem {
    display: grid;
    gap: 0.25rem;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .problem p {
    margin: 0;
  }
  .problem code,
  .notice code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .problem-title {
    font-weight: 600;
  }
  .notice {
    margin: 0.5rem 0 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .problem {
      border-color: CanvasText;
    }
  }
`;
