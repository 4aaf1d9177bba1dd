/**
 * Stable ids for imported items: the same item gets the same id on every import, so a second
 * import updates its file rather than adding another.
 *
 * An id is a slug of the title (for people reading file names) and a hash of what identifies the
 * item in its source (the RSS guid, the Atom id, the WordPress guid, else its link):
 * `amazon-and-iom-sign-a-global-agreement-3f2a9c01d4`. The hash alone finds the item's file
 * again, so a later title, or the title in another language, does not change the id.
 */
import { createHash } from 'node:crypto';

/** Hex digits of the hash: 40 bits, so two of 10,000 items share one with a chance of 1 in 20 million. */
const hashLength = 10;
const maxSlugLength = 60;

/** The hash part of an item's id, from what identifies it in its source. */
export const itemHash = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex').slice(0, hashLength);

/** The hash part of a record id made by {@link newsId}, or `undefined`. */
export const hashOfId = (id: string): string | undefined => new RegExp(`-([0-9a-f]{${hashLength}})$`).exec(id)?.[1];

/**
 * `title` as lowercase Latin letters, digits and single hyphens, at most 60 characters cut at a
 * hyphen; empty for a title in another script.
 */
export const slugOf = (title: string): string => {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= maxSlugLength) return slug;
  const cut = slug.slice(0, maxSlugLength + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : maxSlugLength).replace(/-$/, '');
};

/** A new id for an item with `title` whose source identifies it by `key`. */
export const newsId = (title: string, key: string): string => [slugOf(title) || 'news', itemHash(key)].join('-');
