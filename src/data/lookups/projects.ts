import type { Feed, Project } from '../schema.js';
import { byId } from './by-id.js';

/** A project by id: from `feed` when one is given, else built in. */
export const getProject = async (id: string, feed?: Feed): Promise<Project | undefined> =>
  byId(feed ? feed.projects : (await import('../content/projects.js')).projects, id);
