/**
 * From what a source says of an item (its texts already plain) to the item to write: texts cut
 * to the schema's length, the link checked by the feed format's URL rule, the date read. What
 * cannot be used is left out with a note; an item without a title or a summary is skipped.
 */
import type { Issue } from '../rules.js';
import { webUrlRule } from '../schema.js';
import { cutAtWord } from './html-text.js';
import { describe, type ImportNote, type SourceItem } from './news-files.js';

/** The longest text a localised field holds (the schema's `localizedTextRule`). */
export const maxTextLength = 5000;

/** What a source says of one item. */
export interface ItemParts {
  readonly label: string;
  readonly key: string | undefined;
  /** Plain text. */
  readonly title: string;
  /** Plain text: the description or excerpt, else the content. */
  readonly summary: string;
  /** The link as the source writes it, maybe relative. */
  readonly link?: string | undefined;
  /** The date as the source writes it, and the day read from it (`undefined`: not a date). */
  readonly date?: { readonly text: string; readonly day: string | undefined } | undefined;
}

/** What importing says about the items of one source. */
export interface Said {
  readonly skipped: ImportNote[];
  readonly notes: ImportNote[];
}

/** A quoted value for a note, cut short. */
const quoted = (value: string): string => JSON.stringify(value.length > 80 ? `${value.slice(0, 79)}…` : value);

/**
 * `link` resolved against `base` (the source's address, when it has one) if it passes the URL
 * rule of the feed format (http or https, at most 2,000 characters), else why not.
 */
export const checkedLink = (link: string, base: string | undefined): { url: string } | { problem: string } => {
  let url: URL;
  try {
    url = new URL(link.trim(), base);
  } catch {
    return { problem: `link ${quoted(link)} is not an http or https URL${base ? '' : ' (a relative link needs a source read from its address)'}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: `link ${quoted(link)} is not an http or https URL` };
  const issues: Issue[] = [];
  const checked = webUrlRule.parse(url.href, 'url', issues);
  return checked ? { url: checked } : { problem: `link ${quoted(link)}: ${issues[0]?.message ?? 'not accepted'}` };
};

/** The item to write from `parts`, or `undefined` (skipped, with the reason in `said`). */
export const sourceItem = (parts: ItemParts, base: string | undefined, said: Said): SourceItem | undefined => {
  const item = describe(parts.label, parts.title);
  if (!parts.title) {
    said.skipped.push({ item, message: 'has no title; left out' });
    return undefined;
  }
  if (!parts.summary) {
    said.skipped.push({ item, message: 'has no summary (no description, excerpt or content); left out' });
    return undefined;
  }
  if (parts.title.length > maxTextLength) said.notes.push({ item, message: `its title is longer than ${maxTextLength} characters; cut at a word` });
  let url: string | undefined;
  if (parts.link) {
    const checked = checkedLink(parts.link, base);
    if ('url' in checked) url = checked.url;
    else said.notes.push({ item, message: `${checked.problem}; left out` });
  }
  if (parts.date && !parts.date.day) said.notes.push({ item, message: `date ${quoted(parts.date.text)} is not a date; left out` });
  return {
    label: parts.label,
    key: parts.key || undefined,
    title: cutAtWord(parts.title, maxTextLength),
    summary: cutAtWord(parts.summary, maxTextLength),
    date: parts.date?.day,
    url,
  };
};
