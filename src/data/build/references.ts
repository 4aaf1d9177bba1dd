/**
 * The references between records (a news item's organizations, a project's contact, a
 * milestone's news…), so that a build can check that each names a record that exists, and a
 * record document can carry the organizations it names.
 */
import type { ContentKind, ContentRecords } from './kinds.js';

/** A record's reference to another: where in the record, and to which record. */
export interface Reference {
  /** The JSON path of the id in the record, such as `milestones[2].people[0].organization`. */
  readonly path: string;
  readonly kind: ContentKind;
  readonly id: string;
}

type RecordOf<K extends ContentKind> = ContentRecords[K][number];

const each = (ids: readonly string[] | undefined, path: string, kind: ContentKind): Reference[] =>
  (ids ?? []).map((id, index) => ({ path: `${path}[${index}]`, kind, id }));

const one = (id: string | undefined, path: string, kind: ContentKind): Reference[] => (id === undefined ? [] : [{ path, kind, id }]);

const referenceFinders: { readonly [K in ContentKind]: (record: RecordOf<K>) => Reference[] } = {
  news: (news) => [...each(news.organizations, 'organizations', 'organizations'), ...each(news.projects, 'projects', 'projects')],
  partnerships: (partnership) => [
    ...each(partnership.organizations, 'organizations', 'organizations'),
    ...partnership.milestones.flatMap((milestone, index) => [
      ...(milestone.people ?? []).flatMap((person, at) =>
        one(person.organization, `milestones[${index}].people[${at}].organization`, 'organizations'),
      ),
      ...one(milestone.news, `milestones[${index}].news`, 'news'),
    ]),
  ],
  projects: (project) => [...each(project.organizations, 'organizations', 'organizations'), ...one(project.contact, 'contact', 'contacts')],
  contacts: (contact) => one(contact.organization, 'organization', 'organizations'),
  organizations: () => [],
};

/** Every reference `record` (of `kind`) makes to another record, in document order. */
export const referencesOf = <K extends ContentKind>(kind: K, record: RecordOf<K>): Reference[] => referenceFinders[kind](record);

/** The ids of the organizations `record` names, each once, in the order it first names them. */
export const organizationIdsOf = <K extends ContentKind>(kind: K, record: RecordOf<K>): string[] => [
  ...new Set(referencesOf(kind, record).flatMap((reference) => (reference.kind === 'organizations' ? [reference.id] : []))),
];
