/**
 * Pages with one widget, prerendered the way a partner's build step does it: through the
 * command line (`iom-widgets render -`, with the built dist/), at
 * /test-prerender/<widget>.html?lang=<language>. `&render=0` serves the same page as it is
 * before prerendering. Every page loads the cdn/ loader (`&classic=1`: the classic script,
 * deferred; `&slow-styles=1`: the loader of a copy of cdn/ whose style sheets take 1.5 s,
 * test/server/builds.mjs), and a script that records what hydration does
 * (test/fixtures/pages/hydration-watch.js). `&styles=inline` prerenders with `--styles inline`;
 * `&stale=1` serves the page as another version of the library would have prerendered it (the
 * digest of the widget's outer template changed), which hydration must notice. `&wrap=p` puts the
 * tag in a paragraph, as WordPress does with a tag on a line of its own (wpautop). `&hydrate=0`
 * prerenders with `--no-hydrate`, and the page does not load the hydration support either. `&partner=1`
 * puts on the page, before the widget, a partner's own Lit element, server-rendered, with the
 * partner's scripts (test/server/partner.mjs).
 *
 * `&csp=<id>` serves the page with the strictest Content Security Policy the project tests for
 * (test/fixtures/pages/strict-csp.html's) as a response header, which reports each violation to
 * /test-csp-reports/<id>; a GET there answers the reports received, as JSON.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { partnerHead, partnerMarkup, partnerScript } from './partner.mjs';

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

/** The strictest policy the project tests for the loader (test/fixtures/pages/strict-csp.html's). */
const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";
/** The violations each page with `&csp=<id>` reported, by id. */
const reports = new Map();

/** The library's script: the loader (from a copy of cdn/ with slow style sheets), or the classic script, deferred. */
const library = ({ classic, slowStyles }) =>
  classic
    ? '<script src="/cdn/iom-widgets.classic.js" defer></script>'
    : `<script type="module" src="${slowStyles ? '/test-builds/slow-styles/cdn/' : '/cdn/'}loader.js"></script>`;

const page = async (widget, lang, variant) =>
  `<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">
  <head>
    <meta charset="utf-8" />
    <title>Prerendered ${widget} (${lang})</title>
    ${variant.partner ? `${partnerHead}\n    ` : ''}${library(variant)}
    <link rel="stylesheet" href="/test/fixtures/pages/prerender-page.css" />
  </head>
  <body>
    ${variant.partner ? `${await partnerMarkup()}\n    ` : ''}${variant.wrap ? `<p>${prerenderTags[widget]}</p>` : prerenderTags[widget]}
    <p id="after">The page goes on.</p>
    <script src="/test/fixtures/pages/hydration-watch.js"></script>${variant.partner ? `\n    ${partnerScript}` : ''}
  </body>
</html>
`;

/** Runs `iom-widgets render - [options]` on `html`; rejects with its standard error when it fails. */
const prerender = (html, options) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/iom-widgets.mjs', 'render', '-', ...options], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 && !stderr ? resolve(stdout) : reject(new Error(`iom-widgets render exited ${code}: ${stderr}`))));
    child.stdin.end(html);
  });

/** Keeps the violation report a page sends, or answers those received (GET). */
const reportMiddleware = async (ctx) => {
  const id = ctx.path.slice('/test-csp-reports/'.length);
  if (!reports.has(id)) reports.set(id, []);
  if (ctx.method === 'POST') {
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    const report = JSON.parse(body)['csp-report'];
    reports.get(id).push(`${report['effective-directive'] ?? report['violated-directive']}: ${report['blocked-uri']} ${report['script-sample'] ?? ''}`.trim());
    ctx.status = 204;
    return;
  }
  ctx.body = reports.get(id);
};

export const prerenderMiddleware = async (ctx, next) => {
  if (/^\/test-csp-reports\/[\w-]+$/.test(ctx.path)) return reportMiddleware(ctx);
  const match = /^\/test-prerender\/([\w-]+)\.html$/.exec(ctx.path);
  if (!match || !prerenderTags[match[1]]) return next();
  const lang = /^[a-z]{2}$/.test(ctx.query.lang ?? '') ? ctx.query.lang : 'en';
  const variant = { classic: ctx.query.classic === '1', slowStyles: ctx.query['slow-styles'] === '1', wrap: ctx.query.wrap === 'p', partner: ctx.query.partner === '1' };
  const inline = ctx.query.styles === 'inline';
  const stale = ctx.query.stale === '1';
  const withoutHydration = ctx.query.hydrate === '0';
  const html = await page(match[1], lang, variant);
  const key = `${match[1]}.${lang}${variant.classic ? '.classic' : ''}${variant.slowStyles ? '.slow-styles' : ''}${inline ? '.inline' : ''}${stale ? '.stale' : ''}${variant.wrap ? '.wrap' : ''}${variant.partner ? '.partner' : ''}${withoutHydration ? '.no-hydrate' : ''}`;
  if (/^[\w-]+$/.test(ctx.query.csp ?? '')) ctx.set('Content-Security-Policy', `${strictPolicy}; report-uri /test-csp-reports/${ctx.query.csp}`);
  ctx.type = 'text/html';
  if (ctx.query.render === '0') {
    ctx.body = html;
    return;
  }
  if (!pages.has(key)) {
    const rendered = prerender(html, [...(inline ? ['--styles', 'inline'] : []), ...(withoutHydration ? ['--no-hydrate'] : [])]);
    pages.set(key, stale ? rendered.then((page) => page.replace(/<!--lit-part [\w+/=]+-->/, '<!--lit-part AAAAAAAAAAA=-->')) : rendered);
  }
  try {
    ctx.body = await pages.get(key);
  } catch (error) {
    pages.delete(key);
    ctx.status = 500;
    ctx.body = String(error);
  }
};
