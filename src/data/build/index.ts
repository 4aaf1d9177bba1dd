/**
 * The content build, for Node: reads a content folder (`content/<kind>/<id>.json`), checks every
 * file and reference, and writes the static content API the widgets fetch, with each project's
 * map (which needs the optional packages d3-geo, topojson-client, topojson-simplify, world-atlas
 * and iso-3166-1).
 *
 * ```js
 * import { buildContentApi, formatProblem } from 'iom-widgets/content';
 * const { problems, written } = await buildContentApi('content', { out: 'public/content' });
 * ```
 */
export { loadContentFolder, formatProblem, type ContentFolder, type ContentProblem } from './load-folder.js';
export { buildContentApi, defaultFeedLink, type BuildOptions, type BuildResult } from './build.js';
export { contentKinds, recordFileSchemaUrl, type ContentKind, type ContentRecords } from './kinds.js';
export { uiLanguages, cutText, type UiLanguage } from './languages.js';
export { CONTENT_FORMAT, PAGE_SIZE, contentApiSchemas, recordFileSchemas } from './schemas.js';
export { newestFirst } from './documents.js';
export { MissingPackagesError } from '../missing-packages.js';
export type { ProjectMap } from '../project-map.js';
