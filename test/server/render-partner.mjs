// `node test/server/render-partner.mjs` writes the partner's counter
// (test/fixtures/pages/partner-counter.js) as Lit SSR renders it, with its declarative shadow
// root. A process of its own: Lit SSR's DOM shim stays out of the test server. (The modules are
// imported one after the other: the shim must be in place before the element is defined.)
await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
await import('../fixtures/pages/partner-counter.js');

process.stdout.write(await collectResult(render(html`<partner-counter></partner-counter>`)));
