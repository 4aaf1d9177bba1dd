/**
 * What the builder reads: the built-in records of each kind by title (their ids from content/ at
 * build time, scripts/content-ids.mjs; their titles from the content API), and
 * the fallback content of a tag (the record's title, linked to its source page where it has one).
 */
import builtInIds from 'virtual:iom-content-ids';
import {
  getContact,
  getNews,
  getOrganization,
  getPartnership,
  getProject,
  listNews,
} from '../../src/data/index.js';
import type { ContentLanguage } from '../../src/data/content-api.js';
import type { LocalizedText } from '../../src/data/schema.js';
import { pickText } from '../../src/core/localized-text.js';
import { safeUrl } from '../../src/core/safe-url.js';
import type { Choice, RecordKind } from './widgets.js';

/** A text to show when scripts do not run, with its language and, where known, its link. */
export interface FallbackItem {
  readonly text: string;
  readonly lang: string;
  readonly url?: string;
}

const titleIn = (language: ContentLanguage) => async (kind: RecordKind, id: string): Promise<LocalizedText | undefined> => {
  switch (kind) {
    case 'news':
      return (await getNews(id, undefined, language))?.title;
    case 'partnerships':
      return (await getPartnership(id, undefined, language))?.title;
    case 'projects':
      return (await getProject(id, undefined, language))?.title;
    case 'contacts':
      return (await getContact(id, undefined, language))?.unit;
    case 'organizations':
      return (await getOrganization(id, undefined, language))?.name;
  }
};

/** The built-in records of `kind` as choices: their id as value, their English title as label. */
export const recordChoices = async (kind: RecordKind): Promise<Choice[]> => {
  const ids = builtInIds[kind];
  const title = titleIn('en');
  return Promise.all(
    ids.map(async (id) => {
      const text = await title(kind, id);
      return { value: id, label: text ? pickText(text, 'en').text : id };
    }),
  );
};

/** A fallback text; a link only when its address passes the library's URL check. */
const item = (text: LocalizedText, language: ContentLanguage, url?: string): FallbackItem => {
  const href = safeUrl(url);
  return { ...pickText(text, language), ...(href ? { url: href } : {}) };
};

/** The source page of a partnership: the news article of its latest milestone that has one. */
const partnershipUrl = async (milestones: readonly { news?: string }[]): Promise<string | undefined> => {
  const newsId = milestones.findLast((milestone) => milestone.news)?.news;
  return newsId ? (await getNews(newsId))?.url : undefined;
};

/**
 * The fallback content of a tag with these attributes, in `language`: the record's title linked
 * to its source page (a contact's email address when it has no page), or the title alone when
 * the record has neither; for a news list, one item per article it shows now.
 */
export const fallbackItems = async (
  tag: string,
  attributes: Readonly<Record<string, string>>,
  language: ContentLanguage,
): Promise<FallbackItem[]> => {
  switch (tag) {
    case 'iom-news-card': {
      const article = await getNews(attributes['article'] ?? '', undefined, language);
      return article ? [item(article.title, language, article.url)] : [];
    }
    case 'iom-news-list': {
      const limit = attributes['limit'] ? Number(attributes['limit']) : undefined;
      const organization = attributes['organization'] || undefined;
      const articles = await listNews({ organization, limit }, undefined, language);
      return articles.map((article) => item(article.title, language, article.url));
    }
    case 'iom-partnership-timeline': {
      const partnership = await getPartnership(attributes['partnership'] ?? '', undefined, language);
      return partnership ? [item(partnership.title, language, await partnershipUrl(partnership.milestones))] : [];
    }
    case 'iom-project-map': {
      const project = await getProject(attributes['project'] ?? '', undefined, language);
      return project ? [item(project.title, language, project.url)] : [];
    }
    case 'iom-contact-box': {
      const contact = await getContact(attributes['contact'] ?? '', undefined, language);
      if (!contact) return [];
      const mail = contact.email ? `mailto:${contact.email}` : undefined;
      const picked = item(contact.unit, language, contact.url ?? mail);
      // Linked to an address, the text says which, so the link is clear without the widget.
      return [contact.url || !contact.email ? picked : { ...picked, text: `${picked.text}: ${contact.email}` }];
    }
    default:
      return [];
  }
};
