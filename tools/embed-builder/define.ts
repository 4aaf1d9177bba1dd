/** Defines `<embed-code-builder>` (once: a page that loads this module twice is left alone). */
import { EmbedCodeBuilder } from './embed-builder.js';

if (!customElements.get('embed-code-builder')) customElements.define('embed-code-builder', EmbedCodeBuilder);

export { EmbedCodeBuilder };
