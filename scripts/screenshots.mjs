// Screenshots, made after `npm run build` with `npm run screenshots`, in docs/screenshots/:
// - every widget in Arabic, right to left, as a partner's Arabic page shows them: ar-<widget>.png;
// - the project map's cases anywhere on Earth (test/fixtures/map-projects.json, read from a
//   content API built from content/ and them), light and dark: map-<case>-light.png and
//   map-<case>-dark.png, and one in Arabic: ar-map-<case>.png.
import { mkdir } from 'node:fs/promises';
import { launchChromium, serve } from './browser.mjs';
import { buildMapCasesApi } from './test-content-api.mjs';

const widgets = {
  'news-card': '<iom-news-card article="iom-amazon-global-agreement"></iom-news-card>',
  'news-list': '<iom-news-list limit="2"></iom-news-list>',
  'partnership-timeline': '<iom-partnership-timeline partnership="iom-unodc"></iom-partnership-timeline>',
  'project-map': '<iom-project-map project="admin4all"></iom-project-map>',
  'contact-box': '<iom-contact-box contact="migration-development-italy"></iom-contact-box>',
};
/** The map's cases: the file name's part and the project of test/fixtures/map-projects.json. */
const mapCases = {
  italy: 'italy-only',
  'bangladesh-myanmar': 'bangladesh-myanmar',
  'south-america': 'south-america',
  'fiji-tonga-samoa': 'pacific-islands',
  'five-continents': 'five-continents',
};
/** The map case also shot in Arabic. */
const arabicMapCase = 'bangladesh-myanmar';
const mapCasesApi = '/map-cases/';

/** Each screenshot: its file's name (without .png), the page's language and theme, and the body's widget. */
const shots = [
  ...Object.entries(widgets).map(([name, body]) => ({ file: `ar-${name}`, lang: 'ar', theme: 'light', body })),
  ...Object.entries(mapCases).flatMap(([name, project]) => {
    const body = (theme) => `<iom-project-map project="${project}" theme="${theme}" data-iom-content-api="${mapCasesApi}"></iom-project-map>`;
    return [
      { file: `map-${name}-light`, lang: 'en', theme: 'light', body: body('light') },
      { file: `map-${name}-dark`, lang: 'en', theme: 'dark', body: body('dark') },
      ...(name === arabicMapCase ? [{ file: `ar-map-${name}`, lang: 'ar', theme: 'light', body: body('light') }] : []),
    ];
  }),
];
const backgrounds = { light: '#fff', dark: '#0b1220' };
const page = ({ file, lang, theme, body }) => `<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><title>${file}</title>
<style>body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; background: ${backgrounds[theme]}; } main { max-width: 720px; }</style>
<script type="module" src="/cdn/loader.js"></script></head>
<body><main>${body}</main></body></html>`;

await mkdir('docs/screenshots', { recursive: true });
const server = await serve(
  process.cwd(),
  Object.fromEntries(shots.map((shot) => [`/__shot/${shot.file}.html`, page(shot)])),
  { mounts: { [mapCasesApi]: await buildMapCasesApi() } },
);
const browser = await launchChromium();
try {
  for (const { file } of shots) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 752, height: 600 });
    await tab.goto(`${server.origin}/__shot/${file}.html`, { waitUntil: 'networkidle0' });
    await tab.waitForFunction(() => {
      const widget = document.querySelector('main > *');
      return widget?.shadowRoot?.querySelector('[part~="base"]') && !widget.shadowRoot.querySelector('[part~="loading"], [part~="error"]');
    });
    const main = await tab.$('main');
    await main.screenshot({ path: `docs/screenshots/${file}.png` });
    console.log(`docs/screenshots/${file}.png`);
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
