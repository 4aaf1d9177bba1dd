/** Defines `<embed-code-builder>`, once: a page that loads this module twice is left alone. */
import { EmbedCodeBuilder } from './embed-builder.js';

/**
 * Registers the tag. Called here for pages that load this module, and callable by importers that
 * a bundler would otherwise treat as free of side effects (package.json's `sideEffects` lists
 * only the library's modules).
 */
export const defineEmbedCodeBuilder = (): void => {
  if (!customElements.get('embed-code-builder')) customElements.define('embed-code-builder', EmbedCodeBuilder);
};

defineEmbedCodeBuilder();

export { EmbedCodeBuilder };
