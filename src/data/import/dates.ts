/**
 * Dates of feeds and posts as partial dates (`YYYY-MM-DD`), taken in UTC: a news item published
 * at 23:30 in New York on 1 July (03:30 UTC on 2 July) is dated 2 July, whatever the timezone of
 * the feed or of the machine that imports it, so that every import of an item gives it the same
 * date.
 */

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The zone names RFC 822 allows, as hours from UTC. */
const zoneHours: Record<string, number> = { ut: 0, utc: 0, gmt: 0, z: 0, est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7 };

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Minutes east of UTC. */
  readonly offset: number;
}

/** The UTC day of `parts` as `YYYY-MM-DD`, or `undefined` when it is no date of the calendar. */
const utcDay = ({ year, month, day, hour, minute, second, offset }: DateParts): string | undefined => {
  if (month < 1 || month > 12 || day < 1 || hour > 24 || minute > 59 || second > 60) return undefined;
  const local = new Date(Date.UTC(year, month - 1, day));
  local.setUTCFullYear(year);
  if (local.getUTCMonth() !== month - 1 || local.getUTCDate() !== day) return undefined;
  const utc = new Date(local.getTime() + ((hour * 60 + minute - offset) * 60 + Math.min(second, 59)) * 1000);
  const utcYear = utc.getUTCFullYear();
  if (utcYear < 1000 || utcYear > 9999) return undefined;
  return utc.toISOString().slice(0, 10);
};

const rfc822 =
  /^(?:[a-z]{3,9},?\s*)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(?:([+-])(\d{2}):?(\d{2})|([a-z]{1,3})))?$/i;

/**
 * The UTC day of an RFC 822 date as RSS 2.0 writes it (`Tue, 02 Jul 2024 09:30:00 +0000`, with the
 * variants feeds use: no weekday, two-digit years, zone names, no zone for UTC), or `undefined`.
 */
export const dayOfRfc822 = (value: string): string | undefined => {
  const match = rfc822.exec(value.trim());
  if (!match) return undefined;
  const [, day, monthName, year, hour, minute, second, sign, zoneHour, zoneMinute, zoneName] = match;
  const month = months.indexOf(monthName!.slice(0, 3).toLowerCase()) + 1;
  const zone = zoneName === undefined ? (sign ? (Number(zoneHour) * 60 + Number(zoneMinute)) * (sign === '-' ? -1 : 1) : 0) : zoneHours[zoneName.toLowerCase()];
  if (month === 0 || zone === undefined) return undefined;
  const fullYear = year!.length === 2 ? Number(year) + (Number(year) < 50 ? 2000 : 1900) : Number(year);
  return utcDay({ year: fullYear, month, day: Number(day), hour: Number(hour), minute: Number(minute), second: Number(second ?? 0), offset: zone });
};

const rfc3339 = /^(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:(z)|([+-])(\d{2}):?(\d{2}))?)?$/i;

/**
 * The UTC day of an RFC 3339 date (Atom's `published` and `updated`: `2024-07-02T09:30:00+02:00`),
 * or `undefined`. A date and time without an offset is taken as UTC, as WordPress's `date_gmt`
 * gives it; a date alone is that day.
 */
export const dayOfRfc3339 = (value: string): string | undefined => {
  const match = rfc3339.exec(value.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, , sign, zoneHour, zoneMinute] = match;
  const offset = sign ? (Number(zoneHour) * 60 + Number(zoneMinute)) * (sign === '-' ? -1 : 1) : 0;
  return utcDay({
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    offset,
  });
};

/** The UTC day of a feed's date in either form (feeds mix them up), or `undefined`. */
export const dayOf = (value: string): string | undefined => dayOfRfc822(value) ?? dayOfRfc3339(value);
