/**
 * Pages with one widget, prerendered the way a partner's build step does it: through the
 * command line (`iom-widgets render -`, with the built dist/), at
 * /test-prerender/<widget>.html?lang=<language>. `&render=0` serves the same page as it is
 * before prerendering. Every page loads the cdn/ loader (`&classic=1`: the classic script,
 * deferred), and a script that records what hydration does (test/fixtures/pages/hydration-watch.js).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The tag each test page holds. */
export const prerenderTags = {
  'news-card': '<iom-news-card article="iom-amazon-global-agreement"></iom-news-card>',
  'news-list': '<iom-news-list limit="2"></iom-news-list>',
  'partnership-timeline': '<iom-partnership-timeline partnership="iom-unodc"></iom-partnership-timeline>',
  'project-map': '<iom-project-map project="admin4all"></iom-project-map>',
  'contact-box': '<iom-contact-box contact="migration-development-italy"></iom-contact-box>',
};

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = new Map();

/** The library's script: the loader, or with `classic` the classic script, deferred. */
const library = (classic) =>
  classic ? '<script src="/cdn/iom-widgets.classic.js" defer></script>' : '<script type="module" src="/cdn/loader.js"></script>';

const page = (widget, lang, classic) =>
  `<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">
  <head>
    <meta charset="utf-8" />
    <title>Prerendered ${widget} (${lang})</title>
    ${library(classic)}
  </head>
  <body style="margin: 0; width: 760px">
    ${prerenderTags[widget]}
    <p id="after">The page goes on.</p>
    <script src="/test/fixtures/pages/hydration-watch.js"></script>
  </body>
</html>
`;

/** Runs `iom-widgets render -` on `html`; rejects with its standard error when it fails. */
const prerender = (html) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/iom-widgets.mjs', 'render', '-'], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 && !stderr ? resolve(stdout) : reject(new Error(`iom-widgets render exited ${code}: ${stderr}`))));
    child.stdin.end(html);
  });

export const prerenderMiddleware = async (ctx, next) => {
  const match = /^\/test-prerender\/([\w-]+)\.html$/.exec(ctx.path);
  if (!match || !prerenderTags[match[1]]) return next();
  const lang = /^[a-z]{2}$/.test(ctx.query.lang ?? '') ? ctx.query.lang : 'en';
  const classic = ctx.query.classic === '1';
  const html = page(match[1], lang, classic);
  const key = `${match[1]}.${lang}${classic ? '.classic' : ''}`;
  ctx.type = 'text/html';
  if (ctx.query.render === '0') {
    ctx.body = html;
    return;
  }
  if (!pages.has(key)) pages.set(key, prerender(html));
  try {
    ctx.body = await pages.get(key);
  } catch (error) {
    pages.delete(key);
    ctx.status = 500;
    ctx.body = String(error);
  }
};
