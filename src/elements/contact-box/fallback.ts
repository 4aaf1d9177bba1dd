/**
 * The light-DOM fallback of a prerendered `<iom-contact-box>` (`iom-widgets render`), for readers
 * without Declarative Shadow DOM: see src/render/fallback.ts.
 */
import type { Contact } from '../../data/schema.js';
import { safeUrl } from '../../core/safe-url.js';
import { escapeHtml, link, markupOf, paragraph, text, type FallbackContext } from '../../render/fallback.js';

/** The fallback of `<iom-contact-box>`: the unit, the office, and the email, phone and web page as links. */
export const fallback = ({ contact }: { contact: Contact }, context: FallbackContext): string => {
  const channels = [
    contact.email && link(escapeHtml(contact.email), `mailto:${contact.email}`, context),
    contact.phone && link(escapeHtml(contact.phone), `tel:${contact.phone}`, context),
    contact.url && safeUrl(contact.url) && link(escapeHtml(safeUrl(contact.url)!), contact.url, context),
  ].filter((channel): channel is string => Boolean(channel));
  return (
    markupOf(context).heading(text(contact.unit, context), context.headingLevel) +
    paragraph(contact.office, context) +
    (channels.length ? markupOf(context).list(channels) : '')
  );
};
