/**
 * Numbers, dates and lists as each language writes them, all from Intl.
 */
import { msg, str } from '../i18n/msg.js';
import type { Figure, Money, PartialDate } from '../data/schema.js';

/**
 * Intl options as an object without a prototype: Intl reads options through the prototype
 * chain, and a page's `Object.prototype.unit` or `.currency` must not change a number.
 */
const intlOptions = <T extends object>(options: T): T => Object.assign(Object.create(null) as T, options);

/**
 * `2024` → "2024"; `2024-07` → "luglio 2024" / "July 2024"; `2024-07-02` → "2 luglio 2024".
 * Always in the Gregorian calendar, the one the records' dates are written in, whatever calendar
 * the locale prefers (`ar-SA`, `en-u-ca-islamic`): a month such as `2024-07` spans two months of
 * the Islamic calendar, so naming one of them would be wrong. Digits and month names stay the
 * locale's. Years before 100 are those years, not 1900 and after.
 */
export const formatPartialDate = (date: PartialDate, intlLocale: string): string => {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  const moment = new Date(0);
  moment.setUTCFullYear(year, (month ?? 1) - 1, day ?? 1);
  const options: Intl.DateTimeFormatOptions =
    day !== undefined
      ? { dateStyle: 'long' }
      : month !== undefined
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric' };
  return new Intl.DateTimeFormat(intlLocale, intlOptions({ ...options, timeZone: 'UTC', calendar: 'gregory' })).format(moment);
};

/**
 * A sum of money in words that read aloud well: "7.1 million US dollars", "6,5 milioni di
 * dollari statunitensi", "6,5 millions d’euros". Intl writes a large amount as "7,1 milioni
 * dollari statunitensi", without the preposition Italian, French and Spanish put between the
 * word for the number and the currency: the two are joined by a pattern each language words
 * (`money.compact`: "{amount} di {currency}"), with French's elided form before a vowel
 * (`money.compact.elided`: "{amount} d’{currency}").
 */
export const formatMoney = (money: Money, intlLocale: string): string => {
  const parts = numberParts(money.value, intlLocale, { style: 'currency', currency: money.currency, currencyDisplay: 'name' });
  const currency = parts.at(-1)!;
  // Only "number word + currency" needs the pattern; in any other shape, Intl's words stand.
  if (currency.type !== 'currency' || !parts.some((part) => part.type === 'compact')) return joined(parts);
  // The pattern is plain text with {amount} and {currency} in it, not a message with two
  // expressions: @lit/localize joins expressions that only white space separates into one
  // placeholder, which would leave translators no place for "di" or "de".
  const pattern = /^[aeiouéè]/i.test(currency.value)
    ? msg('{amount} {currency}', { id: 'money.compact.elided' })
    : msg('{amount} {currency}', { id: 'money.compact' });
  return pattern.replace('{amount}', joined(parts.slice(0, -1)).trim()).replace('{currency}', currency.value);
};

const joined = (parts: readonly Intl.NumberFormatPart[]): string => parts.map((part) => part.value).join('');

const formatNumber = (value: number, intlLocale: string, options: Intl.NumberFormatOptions = {}): string =>
  joined(numberParts(value, intlLocale, options));

/** The parts of a number as Intl writes it: compact ("7.1 million") from a million up. */
const numberParts = (value: number, intlLocale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormatPart[] => {
  const large = value >= 1_000_000;
  const settings: Intl.NumberFormatOptions = intlOptions({
    ...options,
    ...(large && { notation: 'compact', compactDisplay: 'long' }),
    maximumFractionDigits: large ? 1 : 2,
    // Zero is zero: a feed's -0 must not read "-0 people".
    signDisplay: 'negative',
  });
  try {
    return new Intl.NumberFormat(intlLocale, settings).formatToParts(value);
  } catch {
    // An unknown unit or currency code from a feed: the bare number is still true.
    return new Intl.NumberFormat(intlLocale, intlOptions<Intl.NumberFormatOptions>({ signDisplay: 'negative' })).formatToParts(value);
  }
};

/** A figure's amount with its qualifier: "about 7.1 million US dollars", "oltre 23 milioni". */
export const formatFigureValue = (figure: Figure, intlLocale: string): string => {
  const amount = figure.currency
    ? formatMoney({ value: figure.value, currency: figure.currency }, intlLocale)
    : formatNumber(figure.value, intlLocale, figure.unit ? { style: 'unit', unit: figure.unit, unitDisplay: 'long' } : {});
  if (figure.atLeast) return msg(str`over ${amount}`, { id: 'figure.over' });
  if (figure.approximate) return msg(str`about ${amount}`, { id: 'figure.about' });
  return amount;
};

/** "A, B and C" / "A, B e C". */
export const formatList = (items: readonly string[], intlLocale: string): string =>
  new Intl.ListFormat(intlLocale, { type: 'conjunction', style: 'long' }).format(items);
