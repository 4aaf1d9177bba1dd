/**
 * HTML from a feed or a WordPress post as plain text, read by a real HTML parser (parse5, as a
 * browser reads it) and never executed nor kept as markup: entities decoded, scripts, styles and
 * embedded objects dropped with their content, block elements as paragraph breaks, `<br>` as a
 * line break, whitespace collapsed as a browser collapses it, control characters removed.
 */
import type { DefaultTreeAdapterTypes } from 'parse5';
import type { Parse5 } from './packages.js';

type Node = DefaultTreeAdapterTypes.ChildNode;

/** Elements whose content is not text a reader sees. */
const hidden = new Set([
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'iframe', 'object', 'embed', 'svg', 'math',
  'head', 'title', 'textarea', 'select', 'button', 'canvas', 'audio', 'video', 'picture', 'img', 'input', 'map',
]);

/** Elements that stand as paragraphs of their own. */
const blocks = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tr', 'ul', 'caption',
]);

/** Whitespace as HTML collapses it (not the no-break space, which is text). */
const htmlWhitespace = /[ \t\n\f\r]+/g;
/** Control characters other than the line feed, which separates lines and paragraphs. */
const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

const paragraphBreak = '\n\n';
const lineBreak = '\n';

/**
 * `text` as one clean line or paragraphs: control characters removed, spaces collapsed, each line
 * trimmed, empty lines and paragraphs dropped.
 */
export const cleanText = (text: string): string =>
  text
    .split(paragraphBreak)
    .map((paragraph) =>
      paragraph
        .split(lineBreak)
        .map((line) => line.replace(controls, ' ').replace(htmlWhitespace, ' ').trim())
        .filter(Boolean)
        .join(lineBreak),
    )
    .filter(Boolean)
    .join(paragraphBreak);

/**
 * How much of an item's HTML is read: more than the 5,000 characters of text a record keeps, and
 * little enough that a hostile item (megabytes of markup, elements nested a hundred thousand deep,
 * which the parser reads in a time that grows with the square of the depth) reads in a second.
 */
export const maxHtmlLength = 64 * 1024;

/** The text a reader sees of `html`, with paragraphs separated by a blank line. */
const textOfHtml = (parse5: Parse5, html: string): string => {
  const fragment = parse5.parseFragment(html.length > maxHtmlLength ? html.slice(0, maxHtmlLength).replace(/[\ud800-\udbff]$/, '') : html);
  let text = '';
  // Depth first without recursion: a post may nest elements tens of thousands of levels deep.
  const pending: (Node | string)[] = [...fragment.childNodes].reverse();
  while (pending.length) {
    const node = pending.pop()!;
    if (typeof node === 'string') {
      text += node;
      continue;
    }
    if (node.nodeName === '#text') {
      text += (node as DefaultTreeAdapterTypes.TextNode).value.replace(htmlWhitespace, ' ');
      continue;
    }
    if (!('tagName' in node) || hidden.has(node.tagName)) continue;
    if (node.tagName === 'br') text += lineBreak;
    const around = blocks.has(node.tagName) ? paragraphBreak : node.tagName === 'td' || node.tagName === 'th' ? ' ' : '';
    text += around;
    pending.push(around, ...[...node.childNodes].reverse());
  }
  return cleanText(text);
};

/** Text that still reads as markup (`<b`, `</p`, `<!--`, `<?`), as HTML escaped twice leaves it. */
const markup = /<[a-z!/?]/i;
/** Readings of HTML escaped once, twice, three times; what is still markup after them is dropped. */
const maxReadings = 3;

/**
 * The text a reader sees of `html`, with paragraphs separated by a blank line. Text that still
 * reads as markup once decoded (`&amp;lt;b&amp;gt;`, HTML escaped twice, as some feeds write
 * titles) is read again, so that no text kept could be taken for markup by whatever shows it.
 */
export const htmlToText = (parse5: Parse5, html: string): string => {
  let text = textOfHtml(parse5, html);
  for (let reading = 1; markup.test(text); reading++) {
    if (reading === maxReadings) return '';
    text = textOfHtml(parse5, text.replaceAll(lineBreak, '<br>'));
  }
  return text;
};

/** Plain `text` (an Atom text construct) cleaned, and read as HTML if it holds markup, as {@link htmlToText}. */
export const plainToText = (parse5: Parse5, text: string): string => {
  const clean = cleanText(text);
  return markup.test(clean) ? htmlToText(parse5, clean.replaceAll(lineBreak, '<br>')) : clean;
};

/**
 * `text` cut to at most `maxLength` characters at a word boundary, with an ellipsis, when it is
 * longer; never between the two halves of a surrogate pair.
 */
export const cutAtWord = (text: string, maxLength: number): string => {
  if (text.length <= maxLength) return text;
  const room = text.slice(0, maxLength - 1);
  const lastSpace = room.search(/\s\S*$/);
  let cut = lastSpace > maxLength / 2 ? room.slice(0, lastSpace) : room;
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
};
