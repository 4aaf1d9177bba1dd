// Run by scripts/check-package.mjs with Node in a fresh project that installed the package for the
// browser only: prerendering and importing, through the Node API and through `npx iom-widgets
// render` and `npx iom-widgets import`, say in one line which packages to install, and the
// commands exit with 2.
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
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
console.log(`renderPage, npx iom-widgets render, importFeed and npx iom-widgets import (exit 2): "${expected}", "${importing}"`);
