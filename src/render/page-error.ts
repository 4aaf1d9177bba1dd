/**
 * Why `renderPage()` cannot read a page: it is nested deeper than prerendering goes, or written
 * in an encoding it does not read. Nothing of the page is returned; the command line says why in
 * one line and exits with 2. Kept apart from the renderer, which imports parse5, so that callers
 * can check for it without loading the renderer.
 */
export class UnreadablePageError extends Error {
  override readonly name = 'UnreadablePageError';
}
