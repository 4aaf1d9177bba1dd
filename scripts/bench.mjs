// Measures the built cdn/ in headless Chromium, beside two peers (Leaflet for the map, Shoelace's
// sl-card for the news card): time to first render with content, bytes transferred (gzip), the
// same pages prerendered (`iom-widgets render`: content at first paint, then hydration), heap
// growth over create / attach / remove cycles, and the demo pages' Cumulative Layout Shift. Then
// the same pages and peers on network profiles (loopback, cable, slow 4G, by Chromium's network
// emulation, responses gzipped as a CDN sends them), timed from navigation, beside a floor: the
// card's content as static HTML in the page. And at IOM's scale (scripts/bench-scale.mjs): the
// content build of synthetic corpora of 1,000 and 10,000 news, and the pages on each.
// Not a test: nothing here passes or fails on speed. Run `npm run build` first.
//
//   npm run bench              prints a table, writes bench/results.json
//   npm run bench -- --scale   only the part at scale
//   npm run bench -- --network only the network profiles
//   npm run bench -- --maps    only the map's cases anywhere on Earth beside Leaflet
//   BENCH_RUNS=20 npm run bench   more runs per median (default 10)
//   BENCH_NETWORK_RUNS=9 npm run bench   more runs per median on each network profile (default 5)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { launchChromium, serve } from './browser.mjs';
import { adminGeoJson, admin4allCountries, projectGeoJson } from './bench-geojson.mjs';
import { budgetContentMounts } from './budget-pages.mjs';
import { benchScale, printScale } from './bench-scale.mjs';
import { gzipSize } from './measure-page.mjs';
import { renderPage } from '../dist/render.js';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 10));
const ONLY_SCALE = process.argv.includes('--scale');
const ONLY_NETWORK = process.argv.includes('--network');
const ONLY_MAPS = process.argv.includes('--maps');
const NETWORK_RUNS = Math.max(1, Number(process.env.BENCH_NETWORK_RUNS ?? 5));

/**
 * Network profiles, as Chromium's network emulation applies them to every request: round trip
 * (ms) and throughput (bytes per second). Loopback is the local server without emulation.
 */
const profiles = {
  loopback: undefined,
  'cable (28 ms, 5 Mbps)': { latency: 28, downloadThroughput: (5_000_000 / 8), uploadThroughput: (1_000_000 / 8) },
  'slow 4G (150 ms, 1.6 Mbps)': { latency: 150, downloadThroughput: (1_600_000 / 8), uploadThroughput: (750_000 / 8) },
};
const CYCLES = 1000;
const TIMEOUT = 20_000;

const widgets = {
  'news card': '<iom-news-card article="iom-unodc-partnership-2024"></iom-news-card>',
  'news list': '<iom-news-list limit="3"></iom-news-list>',
  timeline: '<iom-partnership-timeline partnership="iom-unodc"></iom-partnership-timeline>',
  map: '<iom-project-map project="admin4all"></iom-project-map>',
  'contact box': '<iom-contact-box contact="migration-development-italy"></iom-contact-box>',
};
const cards = (count) => widgets['news card'].repeat(count);

// Every page marks its start in an inline script before anything loads, and records when each
// widget first fires iom-ready (at the document, the event's target is the top-level widget).
const head = `<meta charset="utf-8"><script>performance.mark('bench-start');window.__ready=new Map();
document.addEventListener('iom-ready',(e)=>{if(!__ready.has(e.target))__ready.set(e.target,performance.now())});</script>`;
const ourPage = (body, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head>${head}<script type="module" src="/cdn/loader.js"></script></head><body>${body}</body></html>`;

/**
 * The time a page of ours took: to the last of its widgets' first iom-ready, from its start (its
 * first inline script) or, `fromNavigation`, from the navigation (the HTML's round trip too).
 */
const ourTime = async (tab, fromNavigation = false) => {
  await tab.waitForFunction(() => window.__ready.size === document.querySelectorAll('body > *').length, { timeout: TIMEOUT });
  return tab.evaluate(
    (fromNavigation) => Math.max(...window.__ready.values()) - (fromNavigation ? 0 : performance.getEntriesByName('bench-start')[0].startTime),
    fromNavigation,
  );
};
/**
 * A prerendered page of ours: the content shows at the first contentful paint, before any script
 * has run; `ms` is that, `hydrated` the last widget's iom-ready (hydration done).
 */
const prerenderedTime = async (tab) => {
  const hydrated = await ourTime(tab);
  // Where the style sheets and the library arrive together, hydration can be done before the
  // first frame is painted.
  await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, { timeout: TIMEOUT });
  const painted = await tab.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0].startTime - performance.getEntriesByName('bench-start')[0].startTime,
  );
  return { ms: painted, hydrated };
};

/** The time a peer's page took: it sets window.__done when its content is drawn (from its start, or `fromNavigation`). */
const peerTime = async (tab, fromNavigation = false) => {
  await tab.waitForFunction(() => window.__done !== undefined, { timeout: TIMEOUT });
  return tab.evaluate((fromNavigation) => window.__done - (fromNavigation ? 0 : performance.getEntriesByName('bench-start')[0].startTime), fromNavigation);
};

/** Text for HTML made on the fly. */
const escapeHtml = (value) => value.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Pages made on the fly; serve() reads this map at each request, so pages can be added later. */
const pages = {};
const budgets = JSON.parse(await readFile('budgets.json', 'utf8'));
/** The test content APIs some budget pages read (the map's cases), where those pages look for them. */
const mounts = await budgetContentMounts(budgets);
const server = await serve(process.cwd(), pages, { mounts });
/** The same files, gzipped and over HTTP/2 as a CDN sends them, for the network profiles. */
const compressed = await serve(process.cwd(), pages, { gzip: true, mounts, http2: true });
const browser = await launchChromium({ acceptInsecureCerts: true });

/** A fresh tab with the HTTP cache off, so every run downloads everything. */
const freshTab = async () => {
  const tab = await browser.newPage();
  tab.setDefaultTimeout(TIMEOUT);
  await tab.setCacheEnabled(false);
  return tab;
};

/** Registers an on-the-fly page and returns its address. */
let pageCount = 0;
const addPage = (html) => {
  const path = `/__bench/${++pageCount}.html`;
  pages[path] = html;
  return `${server.origin}${path}`;
};

/** Median time over RUNS fresh tabs, and the bytes of the first run (gzip of every response). */
const measure = async (html, timeOf) => {
  const url = addPage(html);
  const times = [];
  const extra = {};
  let bytes = 0;
  let files = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const tab = await freshTab();
    const bodies = [];
    if (run === 0) tab.on('response', (response) => response.ok() && bodies.push(response.buffer().catch(() => Buffer.alloc(0))));
    await tab.goto(url, { waitUntil: 'load' });
    const time = await timeOf(tab);
    times.push(typeof time === 'number' ? time : time.ms);
    if (typeof time === 'object') (extra.hydrated ??= []).push(time.hydrated);
    if (run === 0) {
      await tab.waitForNetworkIdle({ idleTime: 200, timeout: TIMEOUT });
      const buffers = await Promise.all(bodies);
      files = buffers.length;
      bytes = buffers.reduce((sum, buffer) => sum + gzipSize(buffer), 0);
    }
    await tab.close();
  }
  return { ms: median(times), runs: times, bytes, files, ...(extra.hydrated && { hydrated: median(extra.hydrated) }) };
};

await mkdir('bench', { recursive: true });
await writeFile('bench/admin4all.geojson', JSON.stringify(adminGeoJson()));

const results = { runs: RUNS, cycles: CYCLES, date: new Date().toISOString(), chromium: await browser.version() };
try {
  console.log(`iom-widgets bench: ${ONLY_SCALE ? 'at scale' : ONLY_NETWORK ? 'network profiles' : `${RUNS} runs per median`}, ${results.chromium}`);
  if (ONLY_SCALE) {
    results.scale = await benchScale(browser, budgets);
  } else if (ONLY_NETWORK) {
    results.network = await networkProfiles(await cardContent());
  } else if (ONLY_MAPS) {
    results.mapCases = await mapCases();
  } else {
    await benchAll();
  }
} finally {
  await browser.close();
  await server.close();
  await compressed.close();
}

await writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
if (ONLY_NETWORK) printNetwork(results.network);
else if (ONLY_MAPS) printMapCases(results.mapCases);
else if (!ONLY_SCALE) printTable(results);
if (results.scale) printScale(results.scale);
console.log('\nbench/results.json has every run.');

/** Every part of the bench, into `results`. */
async function benchAll() {
  results.widgets = {};
  for (const [name, tag] of Object.entries(widgets)) {
    results.widgets[name] = await measure(ourPage(tag), ourTime);
  }

  results.prerendered = {};
  for (const [name, tag] of Object.entries(widgets)) {
    results.prerendered[name] = await measure(await renderPage(ourPage(tag)), prerenderedTime);
  }

  results.newsCards = {};
  for (const count of [1, 10, 100]) results.newsCards[count] = await measure(ourPage(cards(count)), ourTime);

  results.peers = {
    leaflet: await measure(leafletPage(), peerTime),
    shoelace: await measure(shoelacePage(await cardContent()), peerTime),
  };

  results.heap = {};
  for (const [name, tag] of Object.entries(widgets)) results.heap[name] = await heapGrowth(tag);

  results.cls = await layoutShift();

  results.network = await networkProfiles(await cardContent());

  results.mapCases = await mapCases();

  results.scale = await benchScale(browser, budgets);
}

/** The news card's content as our card shows it in English, for the peer card to hold. */
async function cardContent() {
  const tab = await freshTab();
  await tab.goto(addPage(ourPage(widgets['news card'])));
  await ourTime(tab);
  const content = await tab.evaluate(() => {
    const root = document.querySelector('iom-news-card').shadowRoot;
    const text = (selector) => root.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    return {
      title: text('h1, h2, h3, h4, h5, h6'),
      meta: text('[part~="meta"]'),
      summary: text('[part~="summary"]'),
      organizations: text('[part~="organizations"]'),
      figures: [...root.querySelectorAll('[part~="figure"]')].map((figure) => figure.textContent.replace(/\s+/g, ' ').trim()),
      link: { href: root.querySelector('[part~="link"]').href, text: root.querySelector('[part~="link"]').firstChild.textContent.trim() },
    };
  });
  await tab.close();
  return content;
}

function shoelacePage(content) {
  const escape = escapeHtml;
  const shoelace = '/node_modules/@shoelace-style/shoelace/cdn';
  return `<!doctype html><html lang="en"><head>${head}
<link rel="stylesheet" href="${shoelace}/themes/light.css">
<script type="module">import '${shoelace}/components/card/card.js';
const card = document.querySelector('sl-card'); await customElements.whenDefined('sl-card'); await card.updateComplete;
window.__done = performance.now();</script></head><body>
<sl-card><h3 slot="header">${escape(content.title)}</h3>
<p>${escape(content.meta)}</p><p>${escape(content.summary)}</p><p>${escape(content.organizations)}</p>
<ul>${content.figures.map((figure) => `<li>${escape(figure)}</li>`).join('')}</ul>
<a slot="footer" href="${escape(content.link.href)}">${escape(content.link.text)}</a></sl-card></body></html>`;
}

function leafletPage(countries = admin4allCountries, geojson = '/bench/admin4all.geojson') {
  return `<!doctype html><html lang="en"><head>${head}
<link rel="stylesheet" href="/node_modules/leaflet/dist/leaflet.css">
<script src="/node_modules/leaflet/dist/leaflet.js"></script></head><body>
<div id="map"></div>
<script>
const project = ${JSON.stringify(countries)};
fetch('${geojson}').then((response) => response.json()).then((data) => {
  document.getElementById('map').classList.add('bench-map');
  const map = L.map('map', { attributionControl: false, zoomSnap: 0 });
  const layer = L.geoJSON(data, {
    style: (feature) => project.includes(feature.properties.code)
      ? { color: '#fff', weight: 1, fillColor: '#0033A0', fillOpacity: 1 }
      : { color: '#fff', weight: 1, fillColor: '#c8ccd4', fillOpacity: 1 },
  }).addTo(map);
  const projectLayers = layer.getLayers().filter((country) => project.includes(country.feature.properties.code));
  map.fitBounds(L.featureGroup(projectLayers).getBounds(), { animate: false });
  window.__done = performance.now();
});
</script>
<style>#map{height:400px;background:#e8eef7}</style></body></html>`;
}

/** Heap growth over CYCLES create / attach / wait for iom-ready / remove cycles of one widget. */
async function heapGrowth(tag) {
  const tab = await freshTab();
  await tab.goto(addPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/cdn/iom-widgets.js"></script></head><body></body></html>`));
  const cdp = await tab.createCDPSession();
  const usedHeap = async () => {
    for (let pass = 0; pass < 3; pass += 1) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const cycles = (count) =>
    tab.evaluate(
      async (markup, count, timeout) => {
        const template = document.createElement('template');
        template.innerHTML = markup;
        const name = template.content.firstElementChild.localName;
        await customElements.whenDefined(name);
        for (let cycle = 0; cycle < count; cycle += 1) {
          const widget = document.createElement(name);
          for (const { name: attribute, value } of template.content.firstElementChild.attributes) widget.setAttribute(attribute, value);
          const ready = new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`${name} not ready in cycle ${cycle}`)), timeout);
            widget.addEventListener('iom-ready', () => resolve(clearTimeout(timer)), { once: true });
          });
          document.body.append(widget);
          await ready;
          widget.remove();
        }
      },
      tag,
      count,
      TIMEOUT,
    );
  // V8 and Chromium settle over the first few hundred cycles (compiled code, caches): the
  // first CYCLES show that warm-up, the next CYCLES whether anything is kept per widget.
  await cycles(20);
  const start = await usedHeap();
  await cycles(CYCLES);
  const warm = await usedHeap();
  const started = performance.now();
  await cycles(CYCLES);
  const seconds = (performance.now() - started) / 1000;
  const end = await usedHeap();
  await tab.close();
  return { start, warm, end, firstGrowth: warm - start, growth: end - warm, perCycle: (end - warm) / CYCLES, seconds };
}

/** The demo page's CLS: the sum of layout-shift values without recent input, and what moved. */
async function layoutShift() {
  const runs = [];
  for (const [page, height] of ['index.html', 'prerendered.html'].flatMap((page) => [800, 6000].map((height) => [page, height]))) {
    const values = [];
    let sources = [];
    let grown = [];
    for (let run = 0; run < RUNS; run += 1) {
      const tab = await freshTab();
      await tab.setViewport({ width: 1280, height });
      await tab.evaluateOnNewDocument(() => {
        window.__shifts = [];
        window.__resizes = [];
        const label = (node) => {
          if (!node?.localName) return node?.nodeName ?? '(gone)';
          return `<${node.localName}${[...node.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>`;
        };
        // The widget a shifted node belongs to (its closest iom-* host), else the node itself.
        const describe = (node) => {
          for (let at = node; at; at = at.parentNode ?? at.host) if (at.localName?.startsWith('iom-')) return label(at);
          return label(node);
        };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.hadRecentInput) continue;
            const sources = entry.sources.map((source) => ({ node: describe(source.node), from: source.previousRect.y, to: source.currentRect.y }));
            window.__shifts.push({ value: entry.value, at: entry.startTime, sources });
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // Which widgets change height (what pushes the content below them).
        const sizes = new Map();
        const resizes = new ResizeObserver((entries) => {
          for (const { target, borderBoxSize } of entries) {
            const height = Math.round(borderBoxSize[0].blockSize);
            if (sizes.has(target) && sizes.get(target) !== height) window.__resizes.push({ widget: label(target), from: sizes.get(target), to: height, at: performance.now() });
            sizes.set(target, height);
          }
        });
        document.addEventListener('DOMContentLoaded', () => document.querySelectorAll('body *').forEach((node) => node.localName.startsWith('iom-') && resizes.observe(node)));
      });
      await tab.goto(`${server.origin}/demo/${page}`, { waitUntil: 'networkidle0' });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const { shifts, resizes } = await tab.evaluate(() => ({ shifts: window.__shifts, resizes: window.__resizes }));
      values.push(shifts.reduce((sum, shift) => sum + shift.value, 0));
      if (shifts.length > sources.length) [sources, grown] = [shifts, resizes];
      await tab.close();
    }
    runs.push({ page: `demo/${page}`, viewport: `1280×${height}`, cls: median(values), runs: values, shifts: sources, resizes: grown });
  }
  return runs;
}

/**
 * `html` with a preload hint in its head for each file of cdn/ it fetched after its script (on
 * loopback, once): `<link rel="modulepreload">` for modules, `<link rel="preload" as="fetch"
 * crossorigin="anonymous">` for content documents, as the embed code builder writes them.
 */
async function withPageHints(html) {
  const tab = await freshTab();
  const fetched = [];
  tab.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await tab.goto(addPage(html), { waitUntil: 'load' });
  await ourTime(tab);
  await tab.close();
  const script = /\/cdn\/(loader|iom-widgets\.classic)\.js$/;
  const hints = fetched
    .filter((path) => path.startsWith('/cdn/') && !script.test(path))
    .map((path) =>
      path.endsWith('.json') ? `<link rel="preload" as="fetch" crossorigin="anonymous" href="${path}">` : `<link rel="modulepreload" href="${path}">`,
    );
  return html.replace('</head>', `${hints.join('')}</head>`);
}

/**
 * Each page on each network profile: the median over NETWORK_RUNS fresh tabs (cache off) of the
 * time from navigation to the content (ours: the last widget's iom-ready; peers: their content
 * drawn; the floor: its first contentful paint), and how many requests it made.
 */
async function networkProfiles(content) {
  const escape = escapeHtml;
  const classicPage = (body) =>
    `<!doctype html><html lang="en"><head>${head}<script src="/cdn/iom-widgets.classic.js" defer></script></head><body>${body}</body></html>`;
  const staticPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title></head><body><article>
<h3>${escape(content.title)}</h3><p>${escape(content.meta)}</p><p>${escape(content.summary)}</p><p>${escape(content.organizations)}</p>
<ul>${content.figures.map((figure) => `<li>${escape(figure)}</li>`).join('')}</ul><a href="${escape(content.link.href)}">${escape(content.link.text)}</a></article></body></html>`;
  const fromNavigation = {
    ours: (tab) => ourTime(tab, true),
    peer: (tab) => peerTime(tab, true),
    floor: async (tab) => {
      await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, { timeout: TIMEOUT });
      return tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime);
    },
  };
  const cases = {
    'one news card, loader': [ourPage(widgets['news card']), fromNavigation.ours],
    'one news card, Italian page, loader': [ourPage(widgets['news card'], 'it'), fromNavigation.ours],
    'one news card, Arabic page, loader': [ourPage(widgets['news card'], 'ar'), fromNavigation.ours],
    'one news card, classic script': [classicPage(widgets['news card']), fromNavigation.ours],
    'one project map, loader': [ourPage(widgets.map), fromNavigation.ours],
    'all five widgets, loader': [ourPage(Object.values(widgets).join('')), fromNavigation.ours],
    'peer: Shoelace sl-card, same text': [shoelacePage(content), fromNavigation.peer],
    'peer: Leaflet, same countries': [leafletPage(), fromNavigation.peer],
    'floor: the card as static HTML': [staticPage, fromNavigation.floor],
  };
  // The same pages with the preload hints the embed code builder writes (tools/embed-builder/page-hints.ts):
  // every module and content document the widget fetched after the loader (or the classic
  // script), named in the HTML, so that they come in the page's own round trip.
  for (const name of ['one news card, loader', 'one news card, Italian page, loader', 'one project map, loader', 'all five widgets, loader', 'one news card, classic script']) {
    const [html, timeOf] = cases[name];
    cases[`${name}, with page hints`] = [await withPageHints(html), timeOf];
  }
  const paths = Object.fromEntries(Object.entries(cases).map(([name, [html]]) => [name, new URL(addPage(html)).pathname]));
  const measured = Object.fromEntries(Object.keys(cases).map((name) => [name, {}]));
  for (const [profile, conditions] of Object.entries(profiles)) {
    const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
    const requests = {};
    // Run by run, every page once, so that a slow spell of this machine falls on every page
    // and peer alike rather than on the runs of one of them.
    for (let run = 0; run < NETWORK_RUNS; run += 1) {
      for (const [name, [, timeOf]] of Object.entries(cases)) {
        const tab = await freshTab();
        const cdp = await tab.createCDPSession();
        if (conditions) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions });
        let count = 0;
        tab.on('request', () => (count += 1));
        await tab.goto(`${compressed.origin}${paths[name]}`, { waitUntil: 'load', timeout: TIMEOUT });
        times[name].push(await timeOf(tab));
        if (run === 0) requests[name] = count;
        await tab.close();
      }
    }
    for (const name of Object.keys(cases)) measured[name][profile] = { ms: median(times[name]), runs: times[name], requests: requests[name] };
  }
  return measured;
}

function printTable({ widgets: ours, prerendered, newsCards, peers, heap, cls, network, mapCases }) {
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
  const ms = (value) => `${value.toFixed(1)} ms`;
  const row = (...cells) => console.log(`| ${cells.join(' | ')} |`);
  console.log(`\nFirst render with content (median of ${RUNS} fresh tabs, from script start to iom-ready), and bytes (gzip level 9 of every response, page included)\n`);
  row('page', 'time', 'bytes', 'files');
  row('---', '---', '---', '---');
  for (const [name, result] of Object.entries(ours)) row(name, ms(result.ms), kb(result.bytes), result.files);
  for (const [count, result] of Object.entries(newsCards)) row(`${count} news card${count === '1' ? '' : 's'}`, ms(result.ms), kb(result.bytes), result.files);
  row('peer: Leaflet 1.9 map (JS, CSS, GeoJSON)', ms(peers.leaflet.ms), kb(peers.leaflet.bytes), peers.leaflet.files);
  row('peer: Shoelace sl-card (modules, light theme)', ms(peers.shoelace.ms), kb(peers.shoelace.bytes), peers.shoelace.files);

  console.log(`\nPrerendered (iom-widgets render): content at the first contentful paint, before any script; then hydration (median of ${RUNS})\n`);
  row('page', 'content shown', 'hydrated (iom-ready)', 'bytes', 'files');
  row('---', '---', '---', '---', '---');
  for (const [name, result] of Object.entries(prerendered)) row(name, ms(result.ms), ms(result.hydrated), kb(result.bytes), result.files);

  console.log('\nOurs vs peer (below 1: ours is smaller or faster)\n');
  row('comparison', 'time ratio', 'bytes ratio');
  row('---', '---', '---');
  const ratio = (a, b) => (a / b).toFixed(2);
  row('map vs Leaflet', ratio(ours.map.ms, peers.leaflet.ms), ratio(ours.map.bytes, peers.leaflet.bytes));
  row('news card vs Shoelace sl-card', ratio(ours['news card'].ms, peers.shoelace.ms), ratio(ours['news card'].bytes, peers.shoelace.bytes));
  row('map, prerendered, vs Leaflet', ratio(prerendered.map.ms, peers.leaflet.ms), ratio(prerendered.map.bytes, peers.leaflet.bytes));
  row('news card, prerendered, vs Shoelace sl-card', ratio(prerendered['news card'].ms, peers.shoelace.ms), ratio(prerendered['news card'].bytes, peers.shoelace.bytes));

  console.log(`\nJS heap growth over create / attach / iom-ready / remove cycles (garbage collected before each reading)\n`);
  row('widget', 'heap at start', `growth, first ${CYCLES}`, `growth, next ${CYCLES}`, 'per cycle (next)', `next ${CYCLES} took`);
  row('---', '---', '---', '---', '---', '---');
  for (const [name, result] of Object.entries(heap)) {
    row(name, kb(result.start), kb(result.firstGrowth), kb(result.growth), `${result.perCycle.toFixed(1)} B`, `${result.seconds.toFixed(1)} s`);
  }

  console.log('\nCumulative Layout Shift of the demo pages (median)\n');
  row('page', 'viewport', 'CLS', 'widgets that changed height after first layout (run with most shifts)');
  row('---', '---', '---', '---');
  for (const result of cls) {
    const what = result.resizes.map(({ widget, from, to }) => `${widget} ${from}→${to} px`).join('; ') || 'none';
    row(result.page, result.viewport, result.cls.toFixed(4), what);
  }

  printNetwork(network);
  if (mapCases) printMapCases(mapCases);
}

/** The network profiles' table and ratios. */
function printNetwork(network) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const row = (...cells) => console.log(`| ${cells.join(' | ')} |`);
  const ratio = (a, b) => (a / b).toFixed(2);
  const names = Object.keys(profiles);
  console.log(`\nOn network profiles (Chromium's network emulation, gzip, cache off; median of ${NETWORK_RUNS}): ms from navigation to the content, and requests\n`);
  row('page', 'requests', ...names);
  row('---', '---', ...names.map(() => '---'));
  for (const [name, byProfile] of Object.entries(network)) row(name, byProfile.loopback.requests, ...names.map((profile) => ms(byProfile[profile].ms)));
  const floor = network['floor: the card as static HTML'];
  const versus = [
    ['one news card, loader', 'peer: Shoelace sl-card, same text'],
    ['one news card, classic script', 'peer: Shoelace sl-card, same text'],
    ['one project map, loader', 'peer: Leaflet, same countries'],
    ['one news card, loader, with page hints', 'peer: Shoelace sl-card, same text'],
    ['one news card, classic script, with page hints', 'peer: Shoelace sl-card, same text'],
    ['one project map, loader, with page hints', 'peer: Leaflet, same countries'],
  ];
  console.log('\nRatios on each profile: ours / peer, and ours / the static-HTML floor\n');
  row('page', ...names.flatMap((profile) => [`/ peer, ${profile}`, `/ floor, ${profile}`]));
  row('---', ...names.flatMap(() => ['---', '---']));
  for (const [page, peer] of versus) {
    row(page, ...names.flatMap((profile) => [ratio(network[page][profile].ms, network[peer][profile].ms), ratio(network[page][profile].ms, floor[profile].ms)]));
  }
}

/**
 * The map's cases anywhere on Earth (the budget pages that read a test content API) beside
 * Leaflet drawing the same countries and those around them as GeoJSON: time and bytes of each.
 */
async function mapCases() {
  const projects = JSON.parse(await readFile('test/fixtures/map-projects.json', 'utf8'));
  const measured = {};
  for (const [name, page] of Object.entries(budgets.pages)) {
    if (!page.contentApi) continue;
    const id = /project="([^"]+)"/.exec(page.body)?.[1];
    const countries = projects.find((project) => project.id === id)?.countries.map(({ code }) => code);
    if (!countries) throw new Error(`${name}: no project "${id}" in test/fixtures/map-projects.json`);
    const geojson = `/bench/${id}.geojson`;
    await writeFile(`.${geojson}`, JSON.stringify(projectGeoJson(countries)));
    const ours = `<!doctype html><html lang="en" data-iom-content-api="/cdn/test-content/${page.contentApi}/"><head>${head}<script type="module" src="/cdn/loader.js"></script></head><body>${page.body}</body></html>`;
    measured[name.replace(/, \w+$/, '')] = { countries: countries.length, ours: await measure(ours, ourTime), leaflet: await measure(leafletPage(countries, geojson), peerTime) };
  }
  return measured;
}

/** The map's cases beside Leaflet. */
function printMapCases(cases) {
  const row = (...cells) => console.log(`| ${cells.join(' | ')} |`);
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
  const ms = (value) => `${value.toFixed(1)} ms`;
  console.log(`\nThe map's cases anywhere on Earth beside Leaflet 1.9 with the same countries as GeoJSON (median of ${RUNS}, from script start; bytes gzip)\n`);
  row('case', 'countries', 'ours: time', 'ours: bytes', 'Leaflet: time', 'Leaflet: bytes', 'time ratio', 'bytes ratio');
  row('---', '---', '---', '---', '---', '---', '---', '---');
  for (const [name, { countries, ours, leaflet }] of Object.entries(cases)) {
    row(name, countries, ms(ours.ms), kb(ours.bytes), ms(leaflet.ms), kb(leaflet.bytes), (ours.ms / leaflet.ms).toFixed(2), (ours.bytes / leaflet.bytes).toFixed(2));
  }
}
