/**
 * Phone numbers for reading: Intl has no phone formatting, and a full numbering-plan library
 * (libphonenumber) would outweigh every widget together. Numbers are stored in E.164
 * (`+393666165305`); this writes Italian numbers (the content's) the way a reader expects, and
 * any other plainly (`+` and the digits).
 */

/**
 * Italian national numbers in groups: mobiles 3xx xxx xxxx; Rome and Milan 0x xxxx xxxx; other
 * areas 0xx xxx xxxx.
 */
const italianGroups = /^(?:(3\d\d)(\d{3})(\d{4})|(0[26])(\d{4})(\d{2,4})|(0\d\d)(\d{3})(\d{1,5}))$/;

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
export const formatPhone = (e164: string, readerTag: string): string => {
  if (!e164.startsWith('+39')) return e164;
  const national = e164.slice(3);
  const grouped = italianGroups.exec(national)?.slice(1).filter(Boolean).join(' ') ?? national;
  return readerRegion(readerTag) === 'IT' ? grouped : `+39 ${grouped}`;
};
