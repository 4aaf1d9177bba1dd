import { projectIds, projectModules } from '../content/projects/index.js';
import type { Feed, Project } from '../schema.js';
import { byId } from './by-id.js';
import { loadByAddress, loadModule } from './by-language.js';
import { withoutPrototypes } from '../without-prototypes.js';

type ProjectId = (typeof projectIds)[number];

/**
 * A project by id: from `feed` when one is given, else built in. With `language`, a built-in
 * project may come with its texts in that language only (English for a language the content is
 * not written in); without, in every language (the data package's API).
 */
export const getProject = async (id: string, feed?: Feed, language?: string): Promise<Project | undefined> => {
  if (feed) return withoutPrototypes(byId(feed.projects, id));
  if (!projectIds.includes(id as ProjectId)) return undefined;
  const module =
    typeof __IOM_CDN_BUILD__ !== 'undefined' && __IOM_CDN_BUILD__
      ? await loadByAddress<{ default: Project }>(`projects/${id}`, language)
      : await loadModule(projectModules[id as ProjectId], language);
  return withoutPrototypes(module.default);
};
