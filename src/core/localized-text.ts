/**
 * Picks a record's text in the widget's language, and says when it had to use another, so the
 * template can mark that text with its own `lang` (WCAG 3.1.2).
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizedText } from '../data/schema.js';
import { sourceLocale } from '../i18n/localization.js';

export interface PickedText<T = string> {
  readonly text: T;
  /** The language of `text`: the one asked for, or the fallback actually used. */
  readonly lang: string;
}

/** The text in `locale`, else in its base language, else in English, else the first given. */
export const pickText = <T = string>(value: Readonly<Record<string, T>>, locale: string): PickedText<T> => {
  const base = locale.split('-')[0]!;
  for (const candidate of [locale, base, sourceLocale]) {
    const text = value[candidate];
    if (text) return { text, lang: candidate };
  }
  const [lang, text] = Object.entries(value)[0]!;
  return { text, lang };
};

/**
 * The lang attribute value for text in `lang` shown in a widget whose language is `locale`:
 * `undefined` (no attribute, bind it with `ifDefined`) when they are the same language.
 */
export const langIfOther = (lang: string, locale: string): string | undefined =>
  lang.split('-')[0] === locale.split('-')[0] ? undefined : lang;

/**
 * Text in a `<span>` that carries `lang` only when it differs from the widget's language: for
 * text inside a sentence or a line in the widget's language. A whole block of a record's text
 * is a `localizedParagraph`.
 */
export const localizedSpan = (value: LocalizedText, locale: string): TemplateResult => {
  const picked = pickText(value, locale);
  return html`<span lang=${ifDefined(langIfOther(picked.lang, locale))}>${picked.text}</span>`;
};

/**
 * A record's text as a paragraph whose class and part are `name`. Text in another language than
 * the widget's puts its `lang` on the paragraph itself, as headings do: the shared styles then
 * give the whole block the direction of its own words, so it aligns to its own start (English
 * to the left in an Arabic widget), and every such block aligns alike.
 */
export const localizedParagraph = (value: LocalizedText, locale: string, name: string): TemplateResult => {
  const picked = pickText(value, locale);
  return html`<p class=${name} part=${name} lang=${ifDefined(langIfOther(picked.lang, locale))}>${picked.text}</p>`;
};

type HeadingParts = { id: string | undefined; name: string; lang: string | undefined; text: string };

/**
 * A template per heading level, h1 to h6. Six plain templates rather than a tag chosen with
 * lit/static-html.js: they compress to less than that module, which every page would load.
 */
const headings: readonly ((parts: HeadingParts) => TemplateResult)[] = [
  ({ id, name, lang, text }) => html`<h1 id=${ifDefined(id)} class=${name} part=${name} lang=${ifDefined(lang)}>${text}</h1>`,
  ({ id, name, lang, text }) => html`<h2 id=${ifDefined(id)} class=${name} part=${name} lang=${ifDefined(lang)}>${text}</h2>`,
  ({ id, name, lang, text }) => html`<h3 id=${ifDefined(id)} class=${name} part=${name} lang=${ifDefined(lang)}>${text}</h3>`,
  ({ id, name, lang, text }) => html`<h4 id=${ifDefined(id)} class=${name} part=${name} lang=${ifDefined(lang)}>${text}</h4>`,
  ({ id, name, lang, text }) => html`<h5 id=${ifDefined(id)} class=${name} part=${name} lang=${ifDefined(lang)}>${text}</h5>`,
  ({ id, name, lang, text }) => html`<h6 id=${ifDefined(id)} class=${name} part=${name} lang=${ifDefined(lang)}>${text}</h6>`,
];

/**
 * A native heading `<h1>`…`<h6>` at `level` (1 to 6: the page owns the outline), marked with
 * its text's own language when that differs from the widget's. `name` is its class and part.
 * The shared styles take the user agent's heading fonts and margins off it.
 */
export const headingTemplate = (
  value: LocalizedText,
  locale: string,
  level: number,
  name = 'title',
  id?: string,
): TemplateResult => {
  const picked = pickText(value, locale);
  return headings[level - 1]!({ id, name, lang: langIfOther(picked.lang, locale), text: picked.text });
};
