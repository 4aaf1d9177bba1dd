/**
 * How a prerendered shadow root gets its widget's styles: a `<link rel="stylesheet">` to the
 * widget's style sheet in cdn/styles/ (which a strict Content Security Policy allows from the
 * library's origin), or a `<style>` element (no request, but only with `style-src 'unsafe-inline'`).
 * Either way, hydration adopts the element's `static styles` as a client render does (src/core/base-element.ts).
 */
import type { LibraryScript } from './library-script.js';
import { escapeHtml } from './fallback.js';

/** Where a widget's style sheet is in cdn/: `styles/iom-news-card.css`. */
export const styleSheetFile = (tag: string): string => `styles/${tag}.css`;

/**
 * What goes first in a widget's shadow root, by its tag and its CSS. `styles` is the option of
 * renderPage: `undefined` (a link beside the library's script, or inline without one: then one
 * warning), `'inline'`, or the address of cdn/styles/ (its final `/` may be left out).
 */
export const styleElements = (
  styles: string | undefined,
  library: LibraryScript | undefined,
  warn: ((message: string) => void) | undefined,
): ((tag: string, css: string) => string) => {
  if (styles === 'inline' || (styles === undefined && !library)) {
    if (styles === undefined) {
      warn?.(
        "the widgets' styles are put inline, in <style> elements, which a Content Security Policy allows only with style-src 'unsafe-inline': give the address of cdn/styles/ to link to them instead",
      );
    }
    return (_tag, css) => `<style>${css}</style>`;
  }
  return (tag) => {
    const href = styles === undefined ? `${library!.folder}${styleSheetFile(tag)}` : `${styles.replace(/\/?$/, '/')}${tag}.css`;
    const integrity = styles === undefined ? library!.integrityOf(styleSheetFile(tag)) : '';
    return `<link rel="stylesheet" href="${escapeHtml(href)}"${integrity}>`;
  };
};
