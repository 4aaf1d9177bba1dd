// Checks the package in app frameworks as their users build them: a Next.js app (app router)
// and an Astro site, which render on a server, and a Vue app built by Vite, from the fixtures in
// scripts/package-check/ (next-app/, astro-app/, vue-app/: their own package.json and
// package-lock.json), with the packed tarball. Each is built for production and served, and its pages are loaded in Chromium:
// the widgets' content is in the server's HTML (before any script runs), their events reach the
// app's listeners after hydration, and nothing is logged to the console, nothing moves. The
// Next.js app also has the iom-widgets/react wrappers in a client component (/client) and
// imported by a server component (/server), whose card must show its article once hydrated.
// The fixtures' dependencies are installed with `npm ci` once for each lock file and kept in
// node_modules/.cache/iom-widgets-frameworks/; the tarball is unpacked into them at each run
// (scripts/package-check/fixture-project.mjs).
// Run after `npm run build`; needs the npm registry when a lock file changed.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, serve } from './browser.mjs';
import { prepareFixture } from './package-check/fixture-project.mjs';

const run = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', stdio: 'pipe', ...options });

let ok = true;
/** Runs one check and prints its outcome, with what `action` returns or the output it failed with. */
const step = async (name, action) => {
  const started = Date.now();
  try {
    const detail = await action();
    console.log(`✓ ${name}${detail ? `: ${detail}` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return true;
  } catch (error) {
    console.error(`✗ ${name}\n${[error.stdout, error.stderr].filter(Boolean).join('\n') || error.stack}`);
    ok = false;
    return false;
  }
};

/** The title of a built-in record in English, as the widgets show it. */
const titleOf = async (kind, id, field) => JSON.parse(await readFile(`content/${kind}/${id}.json`, 'utf8'))[field].en;

/** The widgets of the fixtures' pages, each with the text it shows. */
const newsCard = ['iom-news-card', await titleOf('news', 'iom-unodc-partnership-2024', 'title')];
const contactBox = ['iom-contact-box', await titleOf('contacts', 'migration-development-italy', 'unit')];

// Runs in the page before its own scripts: layout shifts, and each widget's prerendered text once
// the HTML is parsed.
const watch = () => {
  window.watched = { shifts: [], texts: {} };
  new PerformanceObserver((list) => window.watched.shifts.push(...list.getEntries().map((entry) => entry.value))).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    for (const widget of document.querySelectorAll('iom-news-card, iom-contact-box')) {
      window.watched.texts[widget.localName] = widget.shadowRoot?.querySelector('[part~="base"]')?.innerText ?? null;
    }
  });
};

/**
 * Loads `url` in a new tab of `browser` and checks what the reader gets of the `widgets` ([tag,
 * text] pairs): the server's HTML has their texts when `prerendered`; each shows its text; with
 * `listened`, their `iom-ready` events reach the app's listeners (window.events); no console
 * error or warning, no uncaught error; and, when prerendered, the widgets showed their text
 * before any script ran and nothing moved.
 */
const checkPage = async (browser, url, { prerendered, widgets: expectedTexts = [newsCard, contactBox], listened = true }) => {
  const expectedEvents = listened ? expectedTexts.map(([tag]) => `iom-ready: ${tag}`).sort() : [];
  const served = await (await fetch(url)).text();
  if (prerendered) {
    const missing = expectedTexts.filter(([, text]) => !served.includes(text));
    if (missing.length) throw new Error(`the server's HTML lacks ${missing.map(([tag, text]) => `<${tag}>'s "${text}"`).join(', ')}`);
    if (!served.includes('shadowrootmode="open"')) throw new Error("the server's HTML has no declarative shadow root");
  }
  const tab = await browser.newPage();
  const messages = [];
  tab.on('console', (message) => {
    if (['error', 'warn', 'warning', 'assert'].includes(message.type())) messages.push(`${message.type()}: ${message.text()}`);
  });
  tab.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
  await tab.evaluateOnNewDocument(watch);
  try {
    await tab.goto(url, { waitUntil: 'load' });
    await tab
      .waitForFunction(
        (count, texts) =>
          (window.events?.length ?? 0) >= count &&
          texts.every(([tag, text]) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]')?.innerText.includes(text)),
        { timeout: 15_000 },
        expectedEvents.length,
        expectedTexts,
      )
      .catch(() => {});
    // Time for anything that would still log, move or fire (a late hydration error).
    await new Promise((done) => setTimeout(done, 500));
    const result = await tab.evaluate(() => ({
      events: [...(window.events ?? [])].sort(),
      shifts: window.watched.shifts,
      before: window.watched.texts,
      after: Object.fromEntries(
        [...document.querySelectorAll('iom-news-card, iom-contact-box')].map((widget) => [
          widget.localName,
          { text: widget.shadowRoot?.querySelector('[part~="base"]')?.innerText ?? null, lightChildren: widget.children.length },
        ]),
      ),
    }));
    const problems = [];
    if (JSON.stringify(result.events) !== JSON.stringify(expectedEvents)) problems.push(`events: [${result.events.join(', ')}], expected [${expectedEvents.join(', ')}]`);
    if (messages.length) problems.push(`console:\n  ${messages.join('\n  ')}`);
    for (const [tag, text] of expectedTexts) {
      if (!result.after[tag]?.text?.includes(text)) problems.push(`<${tag}> does not show "${text}"`);
      if (prerendered && result.before[tag] !== result.after[tag]?.text) problems.push(`<${tag}>'s text changed after hydration: "${result.before[tag]}" became "${result.after[tag]?.text}"`);
    }
    if (!prerendered) {
      // The wrappers' tags are React's: the elements add nothing to their light DOM.
      const added = Object.entries(result.after).filter(([, widget]) => widget.lightChildren);
      if (added.length) problems.push(`elements added to the light DOM React owns: ${added.map(([tag]) => `<${tag}>`).join(', ')}`);
    }
    if (prerendered && result.shifts.length) problems.push(`layout shifts: ${result.shifts.join(', ')}`);
    if (problems.length) throw new Error(problems.join('\n'));
    return listened ? result.events.join(', ') : expectedTexts.map(([tag]) => `<${tag}> shows its content`).join(', ');
  } finally {
    await tab.close();
  }
};

/** Starts `next start` in `project` on a free port; resolves to its origin and a stop function. */
const startNext = (project) =>
  new Promise((resolveStart, reject) => {
    const server = spawn(join(project, 'node_modules', '.bin', 'next'), ['start', '-p', '0', '-H', '127.0.0.1'], {
      cwd: project,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const stop = () => new Promise((done) => (server.exitCode !== null ? done() : (server.once('exit', done), server.kill())));
    const onData = (data) => {
      output += data;
      const address = output.match(/https?:\/\/(?:127\.0\.0\.1|localhost):(\d+)/);
      if (address) resolveStart({ origin: `http://127.0.0.1:${address[1]}`, stop });
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.once('exit', (code) => reject(new Error(`next start exited with ${code}:\n${output}`)));
  });

const frameworkEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' };
const dir = await mkdtemp(join(tmpdir(), 'iom-widgets-frameworks-'));
const browser = await launchChromium();
try {
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir]));
  const tarball = join(dir, filename);

  /**
   * Installs fixture `name` (`label`, for the report) with the tarball and builds it with
   * `npm run build` (`building` says how); its project folder, or undefined when a step failed.
   */
  const built = async (name, label, building) => {
    let fixture;
    await step(`${label} installs (npm ci, once for its lock file) with the tarball`, async () => {
      fixture = await prepareFixture(name, dir, tarball, ['copy-widget-files.mjs']);
      return fixture.installing ? 'installed' : 'installed before, for this lock file';
    });
    if (!fixture) return undefined;
    const builds = await step(`it builds ${building}`, () => void run('npm', ['run', 'build'], { cwd: fixture.project, env: frameworkEnv }));
    return builds ? fixture.project : undefined;
  };
  /** Serves the static build (dist/) of `project` and checks its page as step `name`. */
  const checkStaticSite = async (project, name, options) => {
    const server = await serve(join(project, 'dist'));
    try {
      await step(name, () => checkPage(browser, `${server.origin}/`, options));
    } finally {
      await server.close();
    }
  };

  const next = await built('next-app', 'the Next.js app', 'for production (next build)');
  if (next) {
    const server = await startNext(next);
    try {
      await step('Next.js, prerendered in a server component: content in the HTML, hydrated, events, no console message, no shift', () =>
        checkPage(browser, `${server.origin}/`, { prerendered: true }),
      );
      await step('Next.js, the iom-widgets/react wrappers in a client component: hydrated, onIomReady fires, no console message', () =>
        checkPage(browser, `${server.origin}/client`, { prerendered: false }),
      );
      await step('Next.js, the iom-widgets/react wrappers imported by a server component: hydrated, the card shows its article, no console message', () =>
        checkPage(browser, `${server.origin}/server`, { prerendered: false, widgets: [newsCard], listened: false }),
      );
    } finally {
      await server.stop();
    }
  }

  const astro = await built('astro-app', 'the Astro site', '(astro build)');
  if (astro) {
    await checkStaticSite(astro, 'Astro, prerendered in a component: content in the HTML, hydrated, events, no console message, no shift', { prerendered: true });
  }

  const vue = await built('vue-app', 'the Vue app (Vite)', '(vite build)');
  if (vue) {
    await checkStaticSite(vue, 'Vue, the tags in a template with @iom-ready listeners: rendered, events, no console message', { prerendered: false });
  }
} finally {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
