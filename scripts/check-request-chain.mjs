// Fails when a widget's page waits on a longer chain of requests than budgets.json allows: loads
// each page of budgets.json ("pages", in English and in each language of "locales") from the
// built cdn/ in Chromium, and follows each request to the one that caused it (Chromium's
// initiator: the page, a module's static import, a dynamic import or fetch inside a script) to
// count how many round trips, one after another, come after the HTML before the widget is ready.
// A count, not a timing: on a phone each of them costs about 150 ms. Run after `npm run build`.
import { readFile } from 'node:fs/promises';
import { launchChromium, serve } from './browser.mjs';
import { budgetContentMounts, budgetPages } from './budget-pages.mjs';

const budgets = JSON.parse(await readFile('budgets.json', 'utf8'));
const { requestChain } = budgets;

const variants = budgetPages(budgets);
const pages = Object.fromEntries(variants.map(({ html }, index) => [`/__chain/${index}.html`, html]));
const server = await serve(process.cwd(), pages, { mounts: await budgetContentMounts(budgets) });
const browser = await launchChromium();

/** The page's requests until its widget is ready, each with the URL of the one that caused it. */
const requestsOf = async (path) => {
  const tab = await browser.newPage();
  await tab.setCacheEnabled(false);
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  const requests = [];
  cdp.on('Network.requestWillBeSent', ({ request, initiator }) => {
    // Every script on the stack that asked for it had to arrive first (a chunk's import() called
    // from an element's code waits for the element too).
    const causes = new Set(initiator.url ? [initiator.url] : []);
    for (let stack = initiator.stack; stack; stack = stack.parent) for (const frame of stack.callFrames) if (frame.url) causes.add(frame.url);
    requests.push({ url: request.url, causes: [...causes] });
  });
  await tab.evaluateOnNewDocument(() => {
    window.__ready = new Promise((resolve) => document.addEventListener('iom-ready', resolve, { once: true }));
  });
  await tab.goto(`${server.origin}${path}`);
  await tab.evaluate(() => window.__ready);
  const done = [...requests];
  await tab.close();
  return done;
};

/** How many requests, one after another, lead from the HTML to the furthest one, and which. */
const depthOf = (requests, html) => {
  const causesOf = new Map(requests.map(({ url, causes }) => [url, causes]));
  const known = new Map();
  /** The longest chain of requests that ends with `url` (the HTML itself not counted). */
  const chainTo = (url, seen = new Set()) => {
    if (url === html || !causesOf.has(url) || seen.has(url)) return [];
    if (known.has(url)) return known.get(url);
    seen.add(url);
    const longest = causesOf.get(url).map((cause) => chainTo(cause, seen)).reduce((a, b) => (b.length > a.length ? b : a), []);
    const chain = [...longest, new URL(url).pathname];
    known.set(url, chain);
    return chain;
  };
  let deepest = [];
  for (const { url } of requests) {
    if (url.endsWith('/favicon.ico')) continue;
    const chain = chainTo(url);
    if (chain.length > deepest.length) deepest = chain;
  }
  return { depth: deepest.length, chain: deepest };
};

let failed = 0;
try {
  for (const [index, { name, widget }] of variants.entries()) {
    const path = `/__chain/${index}.html`;
    const requests = await requestsOf(path);
    const { depth, chain } = depthOf(requests, `${server.origin}${path}`);
    const budget = requestChain[widget] ?? requestChain['every page'];
    const ok = budget !== undefined && depth <= budget;
    if (!ok) failed += 1;
    console.log(`${ok ? '✓' : '✗'} ${name.padEnd(38)} ${depth} round trips after the HTML (budget ${budget ?? 'none'}): ${chain.join(' → ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
