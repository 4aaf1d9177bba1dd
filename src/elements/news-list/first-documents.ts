import { attributeOf, idOf, type FirstDocuments } from '../../data/first-documents.js';

/**
 * What `<iom-news-list>` reads first from the content API: the first index page of its narrowest
 * filter (as src/data/lookups/news-pages.ts picks it), and the records its filters name.
 */
export const firstDocuments: FirstDocuments = (widget, language) => {
  const country = attributeOf(widget, 'country');
  const year = attributeOf(widget, 'year');
  const project = idOf(widget, 'project');
  const organization = idOf(widget, 'organization');
  const filter =
    country && /^[a-z]{2}$/i.test(country)
      ? `country/${country.toUpperCase()}`
      : project
        ? `project/${project}`
        : organization
          ? `organization/${organization}`
          : year && /^\d{4}$/.test(year)
            ? `year/${year}`
            : 'all';
  return [
    `news/index/${filter}/${language}/1.json`,
    ...(organization ? [`organizations/${organization}/${language}.json`] : []),
    ...(project ? [`projects/${project}/${language}.json`] : []),
  ];
};
