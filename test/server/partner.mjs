/**
 * A partner's page with a Lit element of its own (test/fixtures/pages/partner-counter.js),
 * server-rendered by Lit SSR and hydrated by Lit's own hydration support, which the page loads
 * first (partner-hydrate-support.js); its script clicks the counter in the task after defining it
 * (partner-page.js). /test-partner.html serves that page alone, without iom-widgets; the
 * prerendered test pages hold the same with `&partner=1` (test/server/prerender.mjs).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** What the partner's page puts in its head, before anything else. */
export const partnerHead = '<script type="module" src="/test/fixtures/pages/partner-hydrate-support.js"></script>';

/** What the partner's page puts at the end of its body. */
export const partnerScript = '<script type="module" src="/test/fixtures/pages/partner-page.js"></script>';

let rendered;
/** The counter as Lit SSR renders it (test/server/render-partner.mjs), rendered once. */
export const partnerMarkup = () =>
  (rendered ??= new Promise((resolve, reject) =>
    execFile(process.execPath, ['test/server/render-partner.mjs'], { cwd: root }, (error, stdout, stderr) =>
      error || stderr ? reject(error ?? new Error(stderr)) : resolve(stdout),
    ),
  ));

export const partnerMiddleware = async (ctx, next) => {
  if (ctx.path !== '/test-partner.html') return next();
  ctx.type = 'text/html';
  ctx.body = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A partner's page</title>
    ${partnerHead}
  </head>
  <body>
    ${await partnerMarkup()}
    <p id="after">The page goes on.</p>
    <script src="/test/fixtures/pages/hydration-watch.js"></script>
    ${partnerScript}
  </body>
</html>
`;
};
