// Every Storybook story as a test, in Chromium, on the static build (storybook-static/), in every
// language of the toolbar (Arabic right to left): each story must render its widgets (content, an
// empty state or an error box, never a blank or a spinner left spinning), throw nothing, and pass
// axe with the WCAG 2.0–2.2 A and AA rules, target size included. And every docs page's table
// must list the element's attributes (each with a control), properties, events, CSS custom
// properties and CSS parts of custom-elements.json, each kind in a section of its own, under
// their own names. Run after `npm run build-storybook`.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launchChromium, serve } from './browser.mjs';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const server = await serve('storybook-static');
const browser = await launchChromium();
const index = await (await fetch(`${server.origin}/index.json`)).json();
const languages = ['en', 'fr', 'es', 'it', 'ar'];
const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
const elements = new Map(
  manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => [declaration.tagName, declaration]),
);
const docsPages = Object.values(index.entries).filter((entry) => entry.type === 'docs');
const stories = Object.values(index.entries)
  .filter((entry) => entry.type === 'story')
  .flatMap((story) => languages.map((lang) => ({ ...story, lang })));

/** The sections of the table a designer reads on `docs`, as the manifest says they must be. */
const expectedTable = (element) => ({
  attributes: (element.attributes ?? []).map(({ name }) => `${name} (control)`),
  properties: (element.members ?? []).filter((member) => member.kind === 'field' && !member.static).map(({ name }) => name),
  events: (element.events ?? []).map(({ name }) => name),
  'css custom properties': (element.cssProperties ?? []).map(({ name }) => name),
  'css shadow parts': (element.cssParts ?? []).map(({ name }) => name),
});

/** The sections of the first table on the docs page open in `page`, with the rows' names. */
const shownTable = (page) =>
  page.evaluate(() => {
    const sections = {};
    let rows = [];
    for (const row of document.querySelectorAll('.docblock-argstable tbody tr')) {
      const name = row.querySelector('td:first-child > span')?.textContent.trim() ?? '';
      if (row.hasAttribute('title')) sections[name] = rows = [];
      // A row without a control shows "-" (or a "Setup controls" link, which is none).
      else rows.push(row.querySelector('td:last-child :is(select, input, textarea, button):not(.sbdocs-argcontrol-setup *)') ? `${name} (control)` : name);
    }
    return sections;
  });

let failed = 0;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  for (const docs of docsPages) {
    await page.goto(`${server.origin}/iframe.html?id=${docs.id}&viewMode=docs`, { waitUntil: 'load' });
    await page.waitForSelector('.docblock-argstable tbody tr', { timeout: 20000 });
    const tag = await page.evaluate(() => [...document.querySelectorAll('#storybook-docs *')].find((node) => node.localName.startsWith('iom-'))?.localName);
    if (!elements.has(tag)) continue;
    const expected = JSON.stringify(expectedTable(elements.get(tag)), null, 1);
    const shown = JSON.stringify(await shownTable(page), null, 1);
    if (shown !== expected) {
      failed += 1;
      console.log(`✗ ${docs.title} › docs: the table of <${tag}> lists\n${shown}\nnot, as in custom-elements.json,\n${expected}`);
    }
  }
  let errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const story of stories) {
    errors = [];
    const problems = [];
    await page.goto(`${server.origin}/iframe.html?id=${story.id}&viewMode=story&globals=lang:${story.lang}`, { waitUntil: 'load' });
    try {
      await page.waitForFunction(
        () => {
          const widgets = [...document.querySelectorAll('#storybook-root *')].filter((node) => node.localName.startsWith('iom-'));
          return (
            widgets.length > 0 &&
            widgets.every((widget) => widget.shadowRoot?.querySelector('[part~="base"]') && !widget.shadowRoot.querySelector('[part~="loading"]'))
          );
        },
        { timeout: 8000 },
      );
    } catch {
      problems.push('its widgets did not finish rendering');
    }
    const shownIn = await page.evaluate(() => document.querySelector('.iom-sb-page')?.getAttribute('lang'));
    if (shownIn !== story.lang) problems.push(`the page is in ${shownIn}, not ${story.lang}`);
    if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      // Storybook's accessibility addon runs axe on each story too; wait until it is done.
      for (let attempt = 1; ; attempt += 1) {
        try {
          const results = await window.axe.run(document.querySelector('#storybook-root'), {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
            rules: { 'target-size': { enabled: true } },
            resultTypes: ['violations'],
          });
          return results.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
        } catch (error) {
          if (attempt >= 50 || !String(error).includes('Axe is already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    });
    problems.push(...violations.map((violation) => `axe: ${violation}`), ...errors.map((error) => `error: ${error}`));
    if (problems.length) {
      failed += 1;
      console.log(`✗ ${story.title} › ${story.name} (${story.lang}): ${problems.join('; ')}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`stories and docs tables: ${stories.length + docsPages.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
