/**
 * The iom-widgets data package: typed records, built-in content, look-ups, feed validation and
 * loading. It has no dependency on the elements, so apps can use it on its own:
 *
 * ```js
 * import { getNews, listNews, validateFeed } from 'iom-widgets/data';
 * ```
 */
export * from './schema.js';
export * from './lookups/index.js';
export type { ProjectMap, ProjectMapCountry, MapProjectionName, MapResolution } from './project-map.js';
export { validateFeed, formatIssue, feedJsonSchema, type FeedValidation, type Issue } from './validate.js';
export { loadFeed, feedLimits, FeedError, type FeedErrorCode } from './feed.js';
