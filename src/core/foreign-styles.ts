/**
 * Style sheets for a widget moved into another document than the one its code runs in (an
 * iframe's, with `adoptNode`): constructed style sheets belong to the document they were made
 * for, and another document refuses them (NotAllowedError). Loaded only by widgets so moved.
 */
import type { CSSResultOrNative } from 'lit';

/** The sheets made for each document, one per style, so widgets moved there share them. */
const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/** Sets `styles` on `root`, as style sheets of `root`'s document. */
export const adoptStylesIn = (root: ShadowRoot, styles: readonly CSSResultOrNative[]): void => {
  const document = root.ownerDocument;
  // A document without a window (made by DOMParser, say) shows nothing and makes no sheets.
  const Sheet = document.defaultView?.CSSStyleSheet;
  if (!Sheet) return;
  let made = sheets.get(document);
  if (!made) sheets.set(document, (made = new Map()));
  root.adoptedStyleSheets = styles.map((style) => {
    const cssText = style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText;
    let sheet = made.get(cssText);
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync(cssText);
      made.set(cssText, sheet);
    }
    return sheet;
  });
};
