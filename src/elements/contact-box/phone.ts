/**
 * Phone numbers for reading: Intl has no phone formatting, and a full numbering-plan library
 * (libphonenumber) would outweigh every widget together. Numbers are stored in E.164
 * (`+393666165305`); this writes them the way a reader expects for the numbering plans the
 * content uses, and plainly (`+` and the digits) for any other.
 */

/** Italian numbers: mobiles 3xx xxx xxxx; Rome and Milan 0x xxxx xxxx; other areas 0xx xxx xxxx. */
const italian = (national: string): string => {
  if (/^3\d{9}$/.test(national)) return `${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`;
  if (/^0[26]\d{6,8}$/.test(national)) return `${national.slice(0, 2)} ${national.slice(2, 6)} ${national.slice(6)}`;
  if (/^0\d{6,10}$/.test(national)) return `${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`;
  return national;
};

/** Numbering plans known here, by country calling code. */
const plans: Record<string, { readonly region: string; readonly group: (national: string) => string }> = {
  '39': { region: 'IT', group: italian },
};

export interface PhoneDisplay {
  /** As the reader should read it: national for a reader of the number's country, else international. */
  readonly text: string;
  /** The country of the number, when its plan is known (`IT`). */
  readonly region?: string;
}

/** The reader's likely country: the region of the language tag, or its most likely one (it → IT). */
const readerRegion = (tag: string): string | undefined => {
  try {
    return new Intl.Locale(tag).maximize().region;
  } catch {
    return undefined;
  }
};

/**
 * `+393666165305` → `366 616 5305` for a reader in Italy (`it`, `it-IT`), `+39 366 616 5305` for
 * anyone else (`en`, `it-CH`).
 */
export const formatPhone = (e164: string, readerTag: string): PhoneDisplay => {
  for (const [code, plan] of Object.entries(plans)) {
    if (!e164.startsWith(`+${code}`)) continue;
    const national = plan.group(e164.slice(code.length + 1));
    const domestic = readerRegion(readerTag) === plan.region;
    return { text: domestic ? national : `+${code} ${national}`, region: plan.region };
  }
  return { text: e164 };
};
