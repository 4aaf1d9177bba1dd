/**
 * The one gate every URL from data passes before it reaches an `href`. Lit escapes text, not
 * URLs, so `javascript:`, `data:` and friends are stopped here.
 */
const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Returns the URL if it is absolute and uses http, https, mailto or tel; otherwise `undefined`.
 * Control characters and white space are stripped first, as browsers do when they parse a URL,
 * so `java\tscript:` and ` JaVaScRiPt:` are recognised for what they are.
 */
export const safeUrl = (value: string | undefined | null): string | undefined => {
  if (typeof value !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  let url: URL;
  try {
    url = new URL(cleaned);
  } catch {
    return undefined;
  }
  return allowedSchemes.has(url.protocol) ? url.href : undefined;
};
