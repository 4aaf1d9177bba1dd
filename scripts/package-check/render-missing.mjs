// Run by scripts/check-package.mjs with Node in a fresh project that installed the package for the
// browser only: prerendering, importing and building a content folder with a project (whose map
// is computed in a worker thread), through the Node API and through `npx iom-widgets render`,
// `npx iom-widgets import` and `npx iom-widgets content build`, say in one line which packages to
// install, and the commands exit with 2.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { buildContentApi } from 'iom-widgets/content';
import { importFeed } from 'iom-widgets/import';
import { renderPage } from 'iom-widgets/render';

const expected = 'prerendering with iom-widgets needs @lit-labs/ssr and parse5: npm i -D @lit-labs/ssr parse5';

const error = await renderPage('<iom-contact-box contact="integration-italy"></iom-contact-box>').then(
  () => new Error('renderPage rendered without @lit-labs/ssr and parse5'),
  (reason) => reason,
);
if (error.message !== expected) throw new Error(`renderPage failed with "${error.message}", not "${expected}"`);

await writeFile('page.html', '<iom-contact-box contact="integration-italy"></iom-contact-box>');
const command = spawnSync('npx', ['--no-install', 'iom-widgets', 'render', 'page.html'], { encoding: 'utf8' });
// npx may add warnings of its own about the machine's npm configuration.
const stderr = command.stderr.split('\n').filter((line) => line && !line.startsWith('npm warn')).join('\n');
if (command.status !== 2 || stderr !== expected || command.stdout) {
  throw new Error(`npx iom-widgets render exited with ${command.status}, printed:\n${command.stdout}${stderr}`);
}

const importing = 'importing with iom-widgets needs htmlparser2 and parse5: npm i -D htmlparser2 parse5';
const importError = await importFeed('feed.xml', { out: 'content', lang: 'en' }).then(
  () => new Error('importFeed imported without htmlparser2 and parse5'),
  (reason) => reason,
);
if (importError.message !== importing) throw new Error(`importFeed failed with "${importError.message}", not "${importing}"`);
const importCommand = spawnSync('npx', ['--no-install', 'iom-widgets', 'import', 'rss', 'feed.xml', '--out', 'content', '--lang', 'en'], { encoding: 'utf8' });
const importStderr = importCommand.stderr.split('\n').filter((line) => line && !line.startsWith('npm warn')).join('\n');
if (importCommand.status !== 2 || importStderr !== importing || importCommand.stdout) {
  throw new Error(`npx iom-widgets import exited with ${importCommand.status}, printed:\n${importCommand.stdout}${importStderr}`);
}

const mapping = 'building project maps with iom-widgets needs d3-geo, topojson-client, topojson-simplify, world-atlas, and iso-3166-1: npm i -D d3-geo topojson-client topojson-simplify world-atlas iso-3166-1';
const record = (kind, fields) => writeFile(`content/${kind}/${fields.id}.json`, JSON.stringify(fields));
await mkdir('content/organizations', { recursive: true });
await mkdir('content/projects', { recursive: true });
await record('organizations', { id: 'iom', name: { en: 'International Organization for Migration' } });
await record('projects', { id: 'italy', title: { en: 'A project in Italy' }, summary: { en: 'It works in Italy.' }, status: 'active', organizations: ['iom'], countries: [{ code: 'IT' }] });
const buildError = await buildContentApi('content', { out: 'content-api' }).then(
  () => new Error('buildContentApi built a project map without the map packages'),
  (reason) => reason,
);
if (buildError.message !== mapping) throw new Error(`buildContentApi failed with "${buildError.message}", not "${mapping}"`);
const buildCommand = spawnSync('npx', ['--no-install', 'iom-widgets', 'content', 'build', 'content', '--out', 'content-api'], { encoding: 'utf8' });
const buildStderr = buildCommand.stderr.split('\n').filter((line) => line && !line.startsWith('npm warn')).join('\n');
// It checks the folder first, and says so; then it writes nothing.
const checked = 'content: valid (0 news items, 0 partnerships, 1 project, 0 contacts, 1 organization)\n';
if (buildCommand.status !== 2 || buildStderr !== mapping || buildCommand.stdout !== checked) {
  throw new Error(`npx iom-widgets content build exited with ${buildCommand.status}, printed:\n${buildCommand.stdout}${buildStderr}`);
}
// Nothing written: no content-api/, and no temporary folder beside it.
const left = (await readdir('.')).filter((name) => name.includes('content-api'));
if (existsSync('content-api') || left.length) throw new Error(`a failed content build left ${left.join(', ')}`);
console.log(`renderPage, npx iom-widgets render, importFeed, npx iom-widgets import, buildContentApi and npx iom-widgets content build (exit 2): "${expected}", "${importing}", "${mapping}"`);
