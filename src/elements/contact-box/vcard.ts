/**
 * A vCard 4.0 (RFC 6350) for a contact record, so "Add to contacts" gives the reader's address
 * book the same facts the box shows. Loaded only when a reader asks for it.
 */
import type { Contact, Organization } from '../../data/schema.js';
import { pickText } from '../../core/localized-text.js';

/** Escapes a text value (RFC 6350 §3.4): backslash, comma, semicolon and line breaks. */
export const escapeText = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r?\n/g, '\\n');

/** Folds a content line at 75 octets (RFC 6350 §3.2), never inside a UTF-8 sequence. */
export const foldLine = (line: string): string => {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const character of line) {
    const length = encoder.encode(character).length;
    if (size + length > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += character;
    size += length;
  }
  parts.push(current);
  return parts.join('\r\n ');
};

export interface VCardTexts {
  /** The unit or programme, in the reader's language. */
  readonly unit: string;
  readonly office: string;
  readonly organization: string;
  readonly description?: string;
  readonly language: string;
}

/** The record's texts in `locale`, with its organization's name (its id when the organization is not known). */
export const vCardTexts = (contact: Contact, organization: Organization | undefined, locale: string): VCardTexts => ({
  unit: pickText(contact.unit, locale).text,
  office: pickText(contact.office, locale).text,
  organization: organization ? pickText(organization.name, locale).text : contact.organization,
  description: contact.description && pickText(contact.description, locale).text,
  language: locale,
});

/** The vCard text: CRLF line endings, folded lines, one property per fact the record has. */
export const toVCard = (contact: Contact, texts: VCardTexts): string => {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'KIND:org',
    `FN:${escapeText(`${texts.unit} – ${texts.office}`)}`,
    `ORG:${escapeText(texts.organization)};${escapeText(texts.unit)}`,
    `LANG:${texts.language}`,
    ...(contact.email ? [`EMAIL;TYPE=work:${contact.email}`] : []),
    ...(contact.phone ? [`TEL;VALUE=uri;TYPE="work,voice":tel:${contact.phone}`] : []),
    ...(contact.url ? [`URL:${contact.url}`] : []),
    ...(texts.description ? [`NOTE:${escapeText(texts.description)}`] : []),
    `UID:urn:iom-widgets:contact:${contact.id}`,
    'END:VCARD',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
};

/** Offers the vCard as a download named after the contact. */
export const downloadVCard = (contact: Contact, texts: VCardTexts): void => {
  const url = URL.createObjectURL(new Blob([toVCard(contact, texts)], { type: 'text/vcard;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${contact.id}.vcf`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};
