/**
 * `msg` and `str` from @lit/localize's own modules, not its package index, which would also
 * bring its runtime-mode and transform-mode set-up into every page.
 */
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
