// Screenshots of every widget in Arabic, right to left, as a partner's Arabic page shows them:
// docs/screenshots/ar-<widget>.png. Run after `npm run build`: `npm run screenshots`.
import { mkdir } from 'node:fs/promises';
import { launchChromium, serve } from './browser.mjs';

const widgets = {
  'news-card': '<iom-news-card article="iom-amazon-global-agreement"></iom-news-card>',
  'news-list': '<iom-news-list limit="2"></iom-news-list>',
  'partnership-timeline': '<iom-partnership-timeline partnership="iom-unodc"></iom-partnership-timeline>',
  'project-map': '<iom-project-map project="admin4all"></iom-project-map>',
  'contact-box': '<iom-contact-box contact="migration-development-italy"></iom-contact-box>',
};
const page = (tag) => `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${tag}</title>
<style>body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; background: #fff; } main { max-width: 720px; }</style>
<script type="module" src="/cdn/loader.js"></script></head>
<body><main>${widgets[tag]}</main></body></html>`;

await mkdir('docs/screenshots', { recursive: true });
const server = await serve(process.cwd(), Object.fromEntries(Object.keys(widgets).map((tag) => [`/__shot/${tag}.html`, page(tag)])));
const browser = await launchChromium();
try {
  for (const tag of Object.keys(widgets)) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 752, height: 600 });
    await tab.goto(`${server.origin}/__shot/${tag}.html`, { waitUntil: 'networkidle0' });
    await tab.waitForFunction(() => {
      const widget = document.querySelector('main > *');
      return widget?.shadowRoot?.querySelector('[part~="base"]') && !widget.shadowRoot.querySelector('[part~="loading"]');
    });
    const main = await tab.$('main');
    await main.screenshot({ path: `docs/screenshots/ar-${tag}.png` });
    console.log(`docs/screenshots/ar-${tag}.png`);
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
