// Reduces a content record to one language: every localised text ({ "en": …, "it": … }) keeps
// only the text in `lang`, else the English one, else the first. Used at build time, so a page
// downloads an article's words in its own language only.

const languageCode = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Whether `value` is a localised text: an object of language codes to strings. */
export const isLocalizedText = (value) =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.entries(value).every(([key, text]) => languageCode.test(key) && typeof text === 'string');

/** The record with each localised text cut down to `lang` (or its fallback). */
export const projectLanguage = (value, lang) => {
  if (Array.isArray(value)) return value.map((item) => projectLanguage(item, lang));
  if (isLocalizedText(value)) {
    const key = lang in value ? lang : 'en' in value ? 'en' : Object.keys(value)[0];
    return { [key]: value[key] };
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, projectLanguage(item, lang)]));
  }
  return value;
};
