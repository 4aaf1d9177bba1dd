/**
 * A page as bytes: its character encoding, found as a browser finds it (a byte order mark, else a
 * `<meta charset>` or `<meta http-equiv="content-type">` in its first 1024 bytes, else UTF-8 —
 * where browsers guess, mostly windows-1252, prerendering takes what pages are written in today),
 * its text, and markup added at places of its text without changing any other byte.
 *
 * Encodings that keep ASCII as ASCII are read: UTF-8, windows-1252 (which `iso-8859-1` means to
 * a browser) and the other single-byte encodings, Shift_JIS, EUC-JP, EUC-KR, GBK, gb18030, Big5.
 * In all of them the bytes of `<` and `>` stand for those characters and nothing else, which is
 * how a place in the text is found among the bytes. UTF-16 and ISO-2022-JP are refused.
 */
import { UnreadablePageError } from './page-error.js';

/**
 * Markup to add to a page: `text` at `offset`, an index in the page's text, just after a tag
 * (its `>`), or with `beforeTag`, just before one (its `<`). At the same offset, what goes after
 * a tag comes first.
 */
export interface Insertion {
  readonly offset: number;
  readonly text: string;
  readonly beforeTag?: boolean;
}

/** `insertions` in the order they go into the page. */
export const inPageOrder = (insertions: readonly Insertion[]): Insertion[] =>
  [...insertions].sort((a, b) => a.offset - b.offset || Number(a.beforeTag ?? false) - Number(b.beforeTag ?? false));

/** `page` with each insertion's markup at its place. */
export const insertIntoText = (page: string, insertions: readonly Insertion[]): string => {
  let output = '';
  let from = 0;
  for (const { offset, text } of inPageOrder(insertions)) {
    output += page.slice(from, offset) + text;
    from = offset;
  }
  return output + page.slice(from);
};

/** A label's encoding by the Encoding Standard's name (`latin1` → `windows-1252`), or `undefined` for an unknown label. */
const encodingNamed = (label: string): string | undefined => {
  const trimmed = label.trim().toLowerCase();
  // Labels browsers know that Node's TextDecoder does not (Encoding Standard, x-user-defined).
  if (trimmed === 'x-user-defined') return 'windows-1252';
  try {
    return new TextDecoder(trimmed).encoding;
  } catch {
    return undefined;
  }
};

const space = '[\\t\\n\\f\\r ]';
/** One attribute of a tag, as the encoding prescan reads it: a name, and a value after `=`. */
const attributePattern = new RegExp(`[\\t\\n\\f\\r /]*([^\\t\\n\\f\\r />][^\\t\\n\\f\\r /=>]*)(?:${space}*=${space}*("[^"]*"|'[^']*'|[^\\t\\n\\f\\r >]*))?`, 'y');

/** The attributes of the tag whose name ends before `start` in `head`, and where the tag ends. */
const attributesAt = (head: string, start: number): { attributes: Map<string, string>; end: number } => {
  const attributes = new Map<string, string>();
  let at = start;
  for (;;) {
    attributePattern.lastIndex = at;
    const match = attributePattern.exec(head);
    if (!match || !match[0]) break;
    const name = match[1]!.toLowerCase();
    const value = (match[2] ?? '').replace(/^(["'])([\s\S]*)\1$/, '$2');
    if (!attributes.has(name)) attributes.set(name, value);
    at = attributePattern.lastIndex;
  }
  const close = head.indexOf('>', at);
  return { attributes, end: close < 0 ? head.length : close + 1 };
};

/** The encoding a `<meta content>` names (`text/html; charset=iso-8859-1`), as the HTML standard extracts it. */
const charsetInContent = (content: string): string | undefined =>
  /charset[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r ;"']+))/i.exec(content)?.slice(1).find((value) => value !== undefined);

/** The encoding the `<meta>` elements of the page's first 1024 bytes declare (the HTML standard's prescan), if any. */
const declaredEncoding = (bytes: Uint8Array): string | undefined => {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  let at = head.indexOf('<');
  while (at >= 0 && at < head.length) {
    const rest = head.slice(at, at + 6);
    if (head.startsWith('<!--', at)) {
      const close = head.indexOf('-->', at + 2);
      at = close < 0 ? head.length : close + 3;
    } else if (/^<meta[\t\n\f\r /]/i.test(rest)) {
      const { attributes, end } = attributesAt(head, at + 5);
      const pragma = attributes.get('http-equiv')?.toLowerCase() === 'content-type';
      const label = attributes.get('charset') ?? (pragma ? charsetInContent(attributes.get('content') ?? '') : undefined);
      const encoding = label === undefined ? undefined : encodingNamed(label);
      // A page that says it is UTF-16 is not, if these bytes declared it: the standard reads UTF-8.
      if (encoding) return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
      at = end;
    } else if (/^<\/?[a-z]/i.test(rest)) {
      at = attributesAt(head, at + 1 + /^<\/?[a-z][^\t\n\f\r >]*/i.exec(head.slice(at))![0].length - 1).end;
    } else if (/^<[!/?]/.test(rest)) {
      const close = head.indexOf('>', at);
      at = close < 0 ? head.length : close + 1;
    } else {
      at += 1;
    }
    at = head.indexOf('<', at);
  }
  return undefined;
};

/** The encoding of `bytes`, as a browser finds it, with UTF-8 where a browser would guess. */
export const encodingOf = (bytes: Uint8Array): string => {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) return bytes[0] === 0xfe ? 'utf-16be' : 'utf-16le';
  return declaredEncoding(bytes) ?? 'utf-8';
};

/** The text of a page and its encoding; rejects an encoding this module does not read ({@link UnreadablePageError}). */
export const decodePage = (bytes: Uint8Array): { text: string; encoding: string } => {
  const encoding = encodingOf(bytes);
  if (encoding.startsWith('utf-16') || encoding === 'iso-2022-jp' || encoding === 'replacement') {
    throw new UnreadablePageError(`the page is in ${encoding}, which prerendering does not read: save it as UTF-8`);
  }
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
};

/**
 * `text` in bytes of `encoding`: UTF-8 as it is; for another encoding, in ASCII, each other
 * character as a character reference (`&#1575;`), or a CSS escape (`\627 `) inside `<style>`.
 */
const encodeMarkup = (text: string, encoding: string): Uint8Array => {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  const ascii = text
    .split(/(<style>[\s\S]*?<\/style>)/)
    .map((part, index) =>
      part.replace(/[^\0-\x7f]/gu, (char) => (index % 2 ? `\\${char.codePointAt(0)!.toString(16)} ` : `&#${char.codePointAt(0)!};`)),
    )
    .join('');
  return Uint8Array.from(ascii, (char) => char.charCodeAt(0));
};

const lessThan = 0x3c;
const greaterThan = 0x3e;

/**
 * Where each insertion (in page order) goes in `bytes`, which `text` was decoded from: the n-th
 * `<` (or `>`) of the text is the n-th byte 0x3C (or 0x3E) of the page.
 */
const byteOffsetsOf = (text: string, bytes: Uint8Array, insertions: readonly Insertion[]): number[] => {
  const counted = { [lessThan]: 0, [greaterThan]: 0 };
  let index = 0;
  const targets = insertions.map(({ offset, beforeTag }) => {
    const end = beforeTag ? offset : offset - 1;
    const delimiter = beforeTag ? lessThan : greaterThan;
    if (text.charCodeAt(end) !== delimiter) throw new Error(`internal: no ${beforeTag ? '<' : '>'} at offset ${end}`);
    for (; index < end; index += 1) {
      const code = text.charCodeAt(index);
      if (code === lessThan || code === greaterThan) counted[code] += 1;
    }
    return { delimiter, nth: counted[delimiter] };
  });
  const seen = { [lessThan]: 0, [greaterThan]: 0 };
  let at = 0;
  return targets.map(({ delimiter, nth }) => {
    for (; at < bytes.length; at += 1) {
      const byte = bytes[at]!;
      if (byte !== lessThan && byte !== greaterThan) continue;
      if (byte === delimiter && seen[delimiter] === nth) break;
      seen[byte] += 1;
    }
    return delimiter === lessThan ? at : at + 1;
  });
};

/** `bytes`, the page `text` was decoded from, with each insertion's markup at its place, in the page's encoding. */
export const insertIntoBytes = (bytes: Uint8Array, text: string, encoding: string, insertions: readonly Insertion[]): Uint8Array => {
  const sorted = inPageOrder(insertions);
  const places = byteOffsetsOf(text, bytes, sorted);
  const parts: Uint8Array[] = [];
  let from = 0;
  sorted.forEach(({ text: markup }, index) => {
    parts.push(bytes.subarray(from, places[index]), encodeMarkup(markup, encoding));
    from = places[index]!;
  });
  parts.push(bytes.subarray(from));
  const output = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let at = 0;
  for (const part of parts) {
    output.set(part, at);
    at += part.length;
  }
  return output;
};
