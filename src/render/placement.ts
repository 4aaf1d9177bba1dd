/**
 * Whether prerendered widgets hold what was put into them once the page is parsed again, as a
 * browser parses it. Where a tag stands decides what the parser does with the markup after its
 * start tag: inside a `<p>`, an `<article>` or a heading closes the paragraph, and the widget with
 * it, so its fallback would land outside it and show under it; inside a link, a link closes the
 * outer one. Deeper than browsers nest (512 levels), elements go beside their parent.
 */
import { html } from 'parse5';
import { browserNestingLimit, findWidgets, levelsInside, parsePage } from './page-tree.js';
import { insertIntoText, type Insertion } from './page-encoding.js';

/** A widget tag of the page, by where it starts and ends there. */
export interface PlacedWidget {
  readonly start: number;
  /** Where the parser ended it: after its end tag, or where the tag that closed it starts. */
  readonly end: number | undefined;
}

/** Why a widget does not hold what was put into it. */
export type Misplacement = 'closed early' | 'too deep';

/**
 * The widgets of `page` that would not hold their markup once `insertions` are made (theirs and
 * the page's others), by their index in `widgets`, with why.
 */
export const misplacedWidgets = (page: string, widgets: readonly PlacedWidget[], insertions: readonly Insertion[]): Map<number, Misplacement> => {
  /**
   * Where `offset` of the page is once the insertions are made. Those at `offset` after a tag go
   * before it; those before a tag too when `offset` is a start (a script added before the widget),
   * not when it is an end (a script added after it).
   */
  const moved = (offset: number, side: 'start' | 'end'): number =>
    insertions.reduce((at, { offset: place, text, beforeTag }) => (place < offset || (place === offset && (side === 'start' || !beforeTag)) ? at + text.length : at), offset);
  const parsed = new Map(findWidgets(parsePage(insertIntoText(page, insertions)), '').widgets.map((widget) => [widget.element.sourceCodeLocation!.startOffset, widget]));
  const misplaced = new Map<number, Misplacement>();
  widgets.forEach(({ start, end }, index) => {
    const widget = parsed.get(moved(start, 'start'));
    const first = widget?.element.childNodes[0];
    const holdsShadowRoot = first !== undefined && 'tagName' in first && first.tagName === 'template' && first.attrs.some((attr) => attr.name === 'shadowrootmode');
    const ends = widget?.element.sourceCodeLocation?.endOffset;
    const endsWhereItDid = end === undefined ? ends === undefined : ends === moved(end, 'end');
    if (!widget || widget.element.namespaceURI !== html.NS.HTML || !holdsShadowRoot || !endsWhereItDid) misplaced.set(index, 'closed early');
    else if (widget.level + levelsInside(widget.element) > browserNestingLimit) misplaced.set(index, 'too deep');
  });
  return misplaced;
};
