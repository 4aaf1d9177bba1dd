// Content APIs built for checks, tests and Storybook from the built-in content and a few more
// records: the content build (dist/content.js, so after `npm run build`) run on content/ and the
// records given, into a new temporary folder.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);

/**
 * Builds the built-in content (content/) and the records `extra` gives (a promise of
 * `[kind, record]` pairs, written as files beside content/'s) with the content build, into a new
 * temporary folder named after `name`. Resolves to the content API's folder; throws when the
 * content does not build.
 */
export const buildTestApi = async (name, extra) => {
  const { buildContentApi } = await import(new URL('dist/content.js', root).href);
  const work = await mkdtemp(join(tmpdir(), `iom-${name}-content-`));
  const folder = join(work, 'content');
  await cp(fileURLToPath(new URL('content/', root)), folder, { recursive: true });
  for (const [kind, record] of await extra()) await writeFile(join(folder, kind, `${record.id}.json`), JSON.stringify(record));
  const out = join(work, 'api');
  const { problems } = await buildContentApi(folder, { out });
  if (problems.length) throw new Error(`the ${name} content does not build: ${JSON.stringify(problems)}`);
  return out;
};

/** The projects of test/fixtures/map-projects.json (the map's cases anywhere on Earth), as `[kind, record]` pairs. */
export const mapProjects = async () =>
  JSON.parse(await readFile(new URL('test/fixtures/map-projects.json', root), 'utf8')).map((project) => ['projects', project]);

/** The content API of the built-in content and the map's cases (test/fixtures/map-projects.json): its folder. */
export const buildMapCasesApi = () => buildTestApi('maps', mapProjects);
