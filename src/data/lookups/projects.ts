import type { ContentApi } from '../content-api.js';
import type { Feed, Project } from '../schema.js';
import { findRecord } from './find.js';

/**
 * A project by id: from `feed` when one is given, else from the content API (`contentApi`, by
 * default the one beside the library), its texts in `language` (default English).
 */
export const getProject = async (id: string, feed?: Feed, language?: string, contentApi?: ContentApi): Promise<Project | undefined> =>
  (await findRecord('projects', id, feed, language, contentApi))?.record;
