// Every Storybook story as a test, in Chromium, on the static build (storybook-static/), in every
// language of the toolbar (Arabic right to left): each story must render its widgets (content, an
// empty state or an error box, never a blank or a spinner left spinning), throw nothing, and pass
// axe with the WCAG 2.0–2.2 A and AA rules, target size included. Run after
// `npm run build-storybook`.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launchChromium, serve } from './browser.mjs';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const server = await serve('storybook-static');
const browser = await launchChromium();
const index = await (await fetch(`${server.origin}/index.json`)).json();
const languages = ['en', 'fr', 'es', 'it', 'ar'];
const stories = Object.values(index.entries)
  .filter((entry) => entry.type === 'story')
  .flatMap((story) => languages.map((lang) => ({ ...story, lang })));

let failed = 0;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
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
console.log(`stories: ${stories.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
