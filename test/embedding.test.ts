/**
 * The built cdn/ files on pages like a partner's: run `npm run build` first (`npm test` does).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { looks, openFrame, text } from './helpers.js';
import { VERSION } from '../src/core/version.js';

const openPage = (path: string): Promise<HTMLIFrameElement> => openFrame({ src: path });

/** Adds a module script to the page in `frame`, as a partner's page has the loader. */
const addModule = (frame: HTMLIFrameElement, src = '/cdn/loader.js'): void => {
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.src = src;
  frame.contentDocument!.head.append(script);
};

/**
 * Notes the heights of `widgets` and where the text after them (#after) starts; the function it
 * returns checks, two frames later, that neither has changed and that nothing shifted.
 */
const keptSpace = (frame: HTMLIFrameElement, widgets: readonly Element[]) => {
  const sizes = () => widgets.map((widget) => `${widget.localName}: ${widget.getBoundingClientRect().height}`);
  const after = frame.contentDocument!.getElementById('after')!;
  const reserved = sizes();
  const top = after.getBoundingClientRect().top;
  return async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(sizes()).to.deep.equal(reserved);
    expect(after.getBoundingClientRect().top).to.equal(top);
    expect((frame.contentWindow as Window & { layoutShifts: number[] }).layoutShifts).to.deep.equal([]);
  };
};

const titleIn = (frame: HTMLIFrameElement, tag: string) =>
  text(frame.contentDocument!.querySelector(tag)?.shadowRoot?.querySelector('[part~="title"]'));

const requested = (frame: HTMLIFrameElement) =>
  (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => new URL(entry.name).pathname);
const scriptsLoaded = (frame: HTMLIFrameElement) => requested(frame).filter((path) => path.endsWith('.js'));
/** The content API's documents the page fetched. */
const documentsRead = (frame: HTMLIFrameElement) => requested(frame).filter((path) => path.startsWith('/cdn/content/'));

describe('embedding the built cdn/ files', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders a card from a plain <script src> on a page with no module scripts', async () => {
    const frame = await openPage('/test/fixtures/pages/classic.html');
    // The test server injects its own module script for live reload; the page itself has none.
    const moduleScripts = [...frame.contentDocument!.querySelectorAll<HTMLScriptElement>('script[type="module"]')]
      .map((script) => script.src)
      .filter((src) => !src.includes('__web-dev-server'));
    expect(moduleScripts).to.deep.equal([]);
    await waitUntil(() => titleIn(frame, 'iom-news-card'), 'classic card did not render', { timeout: 5000 });
    expect(titleIn(frame, 'iom-news-card')).to.equal('OIM e UNODC insieme contro la tratta di persone e il traffico di migranti');
  });

  it('loads, from the classic script, only the widgets on the page, and defines a tag added later', async () => {
    const frame = await openPage('/test/fixtures/pages/classic.html');
    await waitUntil(() => titleIn(frame, 'iom-news-card'), 'classic card did not render', { timeout: 5000 });
    const scripts = scriptsLoaded(frame);
    expect(scripts).to.include('/cdn/elements/news-card.js');
    expect(scripts).not.to.include('/cdn/elements/contact-box.js');
    expect(frame.contentWindow!.customElements.get('iom-contact-box') === undefined).to.equal(true);
    const box = frame.contentDocument!.createElement('iom-contact-box');
    box.setAttribute('contact', 'integration-italy');
    frame.contentDocument!.body.append(box);
    await waitUntil(() => box.shadowRoot?.querySelector('[part~="title"]'), 'a contact box added later did not render', { timeout: 5000 });
    expect(text(box.shadowRoot!.querySelector('[part~="title"]'))).to.equal('Integrazione – progetto ADMin4ALL');
    // The classic script's exports, for shadow roots of the page's own components.
    const global = (frame.contentWindow as Window & { IomWidgets?: Record<string, unknown> }).IomWidgets;
    expect(Object.keys(global ?? {}).sort()).to.deep.equal(['discover', 'observe']);
  });

  it('renders a card through the loader, loading nothing for tags that are not on the page', async () => {
    const frame = await openPage('/test/fixtures/pages/loader.html');
    await waitUntil(() => titleIn(frame, 'iom-news-card'), 'loader card did not render', { timeout: 5000 });
    expect(titleIn(frame, 'iom-news-card')).to.equal('Amazon and IOM sign a global agreement on emergency response');
    const scripts = scriptsLoaded(frame);
    expect(scripts).to.include('/cdn/elements/news-card.js');
    expect(scripts).not.to.include('/cdn/elements/news-list.js');
    expect(requested(frame).some((path) => path.includes('iom-unodc-partnership-2024'))).to.equal(false);
    expect(frame.contentWindow!.customElements.get('iom-news-list') === undefined).to.equal(true);
  });

  it('downloads an article in the page’s language only, and the other language when the page switches', async () => {
    const frame = await openPage('/test/fixtures/pages/loader.html');
    await waitUntil(() => titleIn(frame, 'iom-news-card'), 'loader card did not render', { timeout: 5000 });
    const article = async (path: string) => (await (await fetch(path)).text()).includes('Amazon e OIM');
    expect(documentsRead(frame)).to.deep.equal(['/cdn/content/news/iom-amazon-global-agreement/en.json']);
    expect(await article(documentsRead(frame)[0]!)).to.equal(false);

    frame.contentDocument!.documentElement.lang = 'it';
    await waitUntil(() => titleIn(frame, 'iom-news-card').startsWith('Amazon e OIM'), 'card did not switch to Italian', {
      timeout: 5000,
    });
    expect(documentsRead(frame)).to.deep.equal([
      '/cdn/content/news/iom-amazon-global-agreement/en.json',
      '/cdn/content/news/iom-amazon-global-agreement/it.json',
    ]);
    expect(await article(documentsRead(frame)[1]!)).to.equal(true);
    const card = frame.contentDocument!.querySelector('iom-news-card')!;
    expect(text(card.shadowRoot!.querySelector('.figure-value'))).to.match(/^circa/);
  });

  it('renders a card from the classic script loaded with type="module" by mistake', async () => {
    const frame = await openPage('/test/fixtures/pages/classic-as-module.html');
    await waitUntil(() => titleIn(frame, 'iom-news-card'), 'card did not render', { timeout: 5000 });
    expect(titleIn(frame, 'iom-news-card')).to.match(/^IOM and UNODC/);
    expect((frame.contentWindow as Window & { warnings: string[] }).warnings).to.deep.equal([]);
  });

  // The page adds the loader, or with ?classic=1 the classic script.
  for (const [script, query] of [['loader.js', ''], ['iom-widgets.classic.js', 'classic=1&']]) {
    it(`loads the elements from the folder ${script}’s data-base-path names`, async () => {
      const frame = await openPage(`/test/fixtures/pages/base-path.html?${query}base=/test-builds/mirror/cdn/`);
      await waitUntil(() => titleIn(frame, 'iom-news-card'), 'card did not render from the base path', { timeout: 5000 });
      const scripts = scriptsLoaded(frame);
      expect(scripts).to.include('/test-builds/mirror/cdn/elements/news-card.js');
      expect(scripts.filter((path) => path.startsWith('/cdn/'))).to.deep.equal([`/cdn/${script}`]);
    });
  }

  it('keeps the fallback and says why when data-base-path is not a usable folder', async () => {
    const frame = await openPage('/test/fixtures/pages/base-path.html?base=javascript:alert(1)');
    const warnings = (frame.contentWindow as Window & { warnings: string[] }).warnings;
    await waitUntil(() => warnings.length > 0, 'no warning', { timeout: 5000 });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<iom-news-card>').and.contain('data-base-path="javascript:alert(1)"');
    expect(frame.contentWindow!.customElements.get('iom-news-card') === undefined).to.equal(true);
    expect(frame.contentDocument!.getElementById('fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('gives the one-line embeds on the demo page with this version and its integrity hashes', async () => {
    const frame = await openPage('/demo/index.html');
    const line = (name: string) => frame.contentDocument!.getElementById(`embed-${name}`)?.textContent ?? '';
    await waitUntil(() => line('classic').includes('integrity='), 'the embed lines were not filled', { timeout: 8000 });
    const integrity = await (await fetch('/cdn/integrity.json')).json();
    expect(line('module')).to.equal(
      `<script type="module" src="https://unpkg.com/iom-widgets@${VERSION}/cdn/loader.js" integrity="${integrity['loader.js']}" crossorigin="anonymous"></script>`,
    );
    expect(line('classic')).to.equal(
      `<script src="https://unpkg.com/iom-widgets@${VERSION}/cdn/iom-widgets.classic.js" integrity="${integrity['iom-widgets.classic.js']}" crossorigin="anonymous" defer></script>`,
    );
  });

  it('loads a language’s strings by widget, and its error messages only with an error', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="fr"><body>
      <iom-contact-box contact="migration-development-italy"></iom-contact-box>
      <iom-news-card article="no-such-news"></iom-news-card>
      <script type="module" src="/cdn/loader.js"></script></body></html>`;
    document.body.append(frame);
    const widget = (tag: string) => frame.contentDocument?.querySelector(tag)?.shadowRoot;
    await waitUntil(() => text(widget('iom-news-card')?.querySelector('[part~="error"]')), 'the card did not report its error', { timeout: 5000 });
    expect(text(widget('iom-news-card')!.querySelector('[part~="error"]'))).to.contain('Impossible d’afficher ce contenu.');
    await waitUntil(() => text(widget('iom-contact-box')?.querySelector('[part~="copy"]')), 'the contact box did not render', { timeout: 5000 });
    expect(text(widget('iom-contact-box')!.querySelector('[part~="copy"]'))).to.equal('Copier l’adresse électronique');
    const strings = scriptsLoaded(frame).filter((path) => path.startsWith('/cdn/locales/'));
    expect(strings.sort()).to.deep.equal(['/cdn/locales/fr/contact-box.js', '/cdn/locales/fr/news-card.js', '/cdn/locales/fr/problems.js']);
  });

  it('defines a tag that is added after the loader ran', async () => {
    const frame = await openPage('/test/fixtures/pages/loader.html');
    const list = frame.contentDocument!.createElement('iom-news-list');
    list.setAttribute('limit', '1');
    frame.contentDocument!.body.append(list);
    await waitUntil(() => titleIn(frame, 'iom-news-list'), 'late list did not render', { timeout: 5000 });
    expect(scriptsLoaded(frame)).to.include('/cdn/elements/news-list.js');
  });

  it('starts Intl on a page only once a widget is on it', async () => {
    // The page notes each date, number and list format made: the loader's, as the contact box makes none of them.
    const frame = await openFrame({
      srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intl</title><script>
        window.made = [];
        for (const name of ['DateTimeFormat', 'NumberFormat', 'ListFormat']) {
          Intl[name] = new Proxy(Intl[name], { construct: (target, args) => (made.push(name), Reflect.construct(target, args)) });
        }
      </script><script type="module" src="/cdn/loader.js"></script></head><body></body></html>`,
    });
    const win = frame.contentWindow as Window & { made: string[]; eval: (code: string) => Promise<unknown> };
    // The loader has run (the same module, evaluated), and so has any task it queued then.
    await win.eval("import('/cdn/loader.js')");
    await new Promise((resolve) => win.setTimeout(resolve));
    expect(win.made).to.deep.equal([]);
    const box = frame.contentDocument!.createElement('iom-contact-box');
    box.setAttribute('contact', 'migration-development-italy');
    frame.contentDocument!.body.append(box);
    await waitUntil(() => titleIn(frame, 'iom-contact-box'), 'the contact box did not render', { timeout: 5000 });
    expect(win.made).to.deep.equal(['DateTimeFormat', 'NumberFormat', 'ListFormat']);
  });

  // The test server gives the page with the classic script in the loader's place (test/server/builds.mjs).
  for (const [script, query] of [['loader', ''], ['classic script', '?script=classic']]) {
    it(`renders every widget under a strict CSP with Trusted Types enforced, with no violation (the ${script})`, async () => {
      const frame = await openPage(`/test/fixtures/pages/strict-csp.html${query}`);
      const win = frame.contentWindow as Window & { cspViolations: string[]; __iomPwned?: string };
      const widgets = [...frame.contentDocument!.body.children].filter((node) => node.localName.startsWith('iom-')) as HTMLElement[];
      await waitUntil(
        () => widgets.every((widget) => widget.shadowRoot?.querySelector('[part~="base"]') && !widget.shadowRoot.querySelector('[part~="loading"]')),
        'widgets did not render under the strict CSP',
        { timeout: 8000 },
      );
      expect(titleIn(frame, 'iom-news-card')).to.match(/^IOM and UNODC/);
      expect(titleIn(frame, 'iom-partnership-timeline')).to.match(/^IOM and UNODC/);
      expect(titleIn(frame, 'iom-project-map')).to.match(/^ADMin4ALL/);
      expect(titleIn(frame, 'iom-contact-box')).to.equal('Migration and Development programme');
      expect(widgets[5]!.shadowRoot!.querySelector('[part~="error"]')).not.to.equal(null);
      expect(widgets[6]!.shadowRoot!.querySelectorAll('[part~="title"]')).to.have.length(4);
      // Styles apply (adopted style sheets are not inline styles): the card has its border.
      const card = frame.contentDocument!.querySelector('iom-news-card')!.shadowRoot!.querySelector('[part~="card"]')!;
      expect(frame.contentWindow!.getComputedStyle(card).borderTopWidth).to.equal('4px');
      expect(win.cspViolations).to.deep.equal([]);
      expect(win.__iomPwned).to.equal(undefined);
    });
  }

  const rendered = (frame: HTMLIFrameElement) =>
    [...frame.contentDocument!.body.children]
      .filter((node) => node.localName.startsWith('iom-'))
      .every((widget) => widget.shadowRoot?.querySelector('[part~="base"]') && !widget.shadowRoot.querySelector('[part~="loading"]'));

  const enableStyleSheet = async (frame: HTMLIFrameElement, id: string) => {
    const link = frame.contentDocument!.getElementById(id) as HTMLLinkElement;
    const loaded = new Promise((resolve, reject) => {
      link.addEventListener('load', resolve, { once: true });
      link.addEventListener('error', reject, { once: true });
    });
    link.disabled = false;
    await loaded;
  };

  it('keeps every widget’s look on a page with Bootstrap and aggressive !important rules', async () => {
    const frame = await openPage('/test/fixtures/pages/hostile-css.html');
    await waitUntil(() => rendered(frame), 'widgets did not render', { timeout: 8000 });
    const plain = looks(frame);
    await enableStyleSheet(frame, 'bootstrap');
    await enableStyleSheet(frame, 'hostile');
    const host = frame.contentDocument!.querySelector('iom-news-card')!;
    // The page's rules are in force: they reach the host element itself…
    expect(frame.contentWindow!.getComputedStyle(host).color).to.equal('rgb(204, 0, 255)');
    expect(frame.contentWindow!.getComputedStyle(host).textTransform).to.equal('uppercase');
    // …and nothing inside any widget changes.
    const hostile = looks(frame);
    expect(hostile.length).to.equal(plain.length);
    expect(hostile.filter((line, index) => line !== plain[index])).to.deep.equal([]);
  });

  it('is silent when the same version is loaded twice (classic and module), and renders', async () => {
    const frame = await openPage('/test/fixtures/pages/twice-same.html');
    await waitUntil(() => rendered(frame), 'widgets did not render', { timeout: 5000 });
    const warnings = (frame.contentWindow as Window & { warnings: string[] }).warnings;
    expect(warnings).to.deep.equal([]);
    expect(titleIn(frame, 'iom-news-card')).to.match(/^IOM and UNODC/);
  });

  it('warns once when another version is already defined, and everything renders', async () => {
    const frame = await openPage('/test/fixtures/pages/twice-other.html');
    await waitUntil(() => rendered(frame), 'widgets did not render', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const warnings = (frame.contentWindow as Window & { warnings: string[] }).warnings;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('99.0.0').and.contain('0.1.0');
    expect(titleIn(frame, 'iom-news-card')).to.match(/^IOM and UNODC/);
    expect(titleIn(frame, 'iom-partnership-timeline')).to.match(/^IOM and UNODC/);
  });

  it('defines tags inside a shadow root the loader is pointed at', async () => {
    const frame = await openPage('/test/fixtures/pages/loader.html');
    const win = frame.contentWindow!;
    const host = frame.contentDocument!.createElement('div');
    frame.contentDocument!.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const loader = (await (win as unknown as { eval: (code: string) => Promise<{ observe: (root: ShadowRoot) => () => void }> }).eval(
      "import('/cdn/loader.js')",
    ));
    loader.observe(root);
    root.innerHTML = '<iom-project-map project="migration-and-development"></iom-project-map>';
    const map = root.querySelector('iom-project-map')!;
    await waitUntil(() => map.shadowRoot?.querySelector('[part~="title"]'), 'map in a shadow root did not render', { timeout: 5000 });
    expect(text(map.shadowRoot!.querySelector('[part~="title"]'))).to.match(/Migration and Development/);
  });


  it('keeps the reserved space when a widget upgrades: nothing on the page moves', async () => {
    const frame = await openPage('/test/fixtures/pages/reserved-space.html');
    const widgets = [...frame.contentDocument!.querySelectorAll<HTMLElement>('body > [src]:not(script)')];
    expect(widgets).to.have.length(5);
    const expectSpaceKept = keptSpace(frame, widgets);
    addModule(frame);
    await waitUntil(
      () => widgets.every((widget) => widget.shadowRoot?.querySelector('[part~="loading"]')),
      'widgets did not reach their loading state',
      { timeout: 5000 },
    );
    await expectSpaceKept();
  });

  it('fetches the chunk every element needs beside the element, not after it', async () => {
    const frame = await openPage('/test/fixtures/pages/blank.html');
    const doc = frame.contentDocument!;
    doc.body.innerHTML = '<iom-contact-box contact="migration-development-italy"></iom-contact-box>';
    addModule(frame, '/test-builds/slow-elements/cdn/loader.js');
    await waitUntil(() => titleIn(frame, 'iom-contact-box'), 'contact box did not render', { timeout: 5000 });
    const timing = (path: string) =>
      (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) =>
        entry.name.endsWith(`/test-builds/slow-elements/cdn/${path}`),
      )!;
    // The element takes 0.5 s to arrive; the core chunk was asked for long before.
    expect(timing('chunks/iom-core.js').startTime).to.be.below(timing('elements/contact-box.js').responseEnd - 300);
  });

  it('fetches each widget\'s content and strings beside its code, and the widgets read those fetches: one request per document', async () => {
    const frame = await openPage('/test/fixtures/pages/blank.html');
    const doc = frame.contentDocument!;
    doc.body.innerHTML = `
      <iom-news-card article="iom-amazon-global-agreement" lang="fr"></iom-news-card>
      <iom-news-card article="iom-amazon-global-agreement" lang="fr"></iom-news-card>
      <iom-news-list organization="unodc" lang="fr" limit="1"></iom-news-list>
      <div data-iom-content-api="/test-content/staging/"><iom-project-map project="admin4all"></iom-project-map></div>`;
    addModule(frame, '/test-builds/slow-elements/cdn/loader.js');
    await waitUntil(
      () => ['iom-news-card', 'iom-news-list', 'iom-project-map'].every((tag) => titleIn(frame, tag)),
      'the widgets did not render',
      { timeout: 8000 },
    );
    expect(titleIn(frame, 'iom-news-card')).to.match(/^Amazon et l’OIM/);
    expect(titleIn(frame, 'iom-project-map')).to.match(/^Staging: ADMin4ALL/);
    const entries = frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const timing = (path: string) => entries.find((entry) => new URL(entry.name).pathname === path);
    const slow = '/test-builds/slow-elements/cdn/';
    const firstElementArrived = Math.min(...['news-card', 'news-list', 'project-map'].map((name) => timing(`${slow}elements/${name}.js`)!.responseEnd));
    // The element modules take 0.5 s to arrive; what they need was asked for long before.
    for (const path of [
      `${slow}content/news/iom-amazon-global-agreement/fr.json`,
      `${slow}content/news/index/organization/unodc/fr/1.json`,
      `${slow}content/organizations/unodc/fr.json`,
      '/test-content/staging/projects/admin4all/en.json',
      '/test-content/staging/projects/admin4all/map.json',
      `${slow}locales/fr/news-card.js`,
      `${slow}locales/fr/news-list.js`,
      `${slow}chunks/reentrant.js`,
    ]) {
      expect(timing(path), path).not.to.equal(undefined);
      expect(timing(path)!.startTime, path).to.be.below(firstElementArrived - 300);
    }
    // Each document once: the widgets took the loader's fetch rather than asking again.
    const documents = entries.map((entry) => new URL(entry.name).pathname).filter((path) => path.includes('/content/') || path.startsWith('/test-content/'));
    expect(documents.length).to.equal(new Set(documents).size);
  });

  it('reports a content API that fails the same way when the loader fetched it ahead', async () => {
    const frame = await openPage('/test/fixtures/pages/blank.html');
    const doc = frame.contentDocument!;
    const errors: string[] = [];
    doc.addEventListener('iom-error', (event) => errors.push((event as CustomEvent<{ code: string }>).detail.code));
    doc.body.innerHTML = '<iom-news-card article="iom-amazon-global-agreement" data-iom-content-api="/test-content/failing/"></iom-news-card>';
    addModule(frame);
    const card = doc.querySelector('iom-news-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="error"]'), 'no error shown', { timeout: 5000 });
    expect(text(card.shadowRoot!.querySelector('[part~="error"]'))).to.contain('The content could not be loaded. Try again later.');
    expect(errors).to.deep.equal(['content-network']);
  });

  it('keeps the reserved space while a widget waits for its translations, then shows them', async () => {
    const frame = await openPage('/test/fixtures/pages/reserved-space-italian.html');
    const doc = frame.contentDocument!;
    const widgets = [...doc.body.children].filter((element) => element.localName.startsWith('iom-'));
    expect(widgets).to.have.length(5);
    const expectSpaceKept = keptSpace(frame, widgets);
    addModule(frame, '/test-builds/slow-strings/cdn/loader.js');
    // The Italian strings take 1.5 s: the loading state must not wait for them.
    await waitUntil(
      () => widgets.every((widget) => widget.shadowRoot?.querySelector('[part~="loading"]')),
      'widgets waited for their strings before showing their loading state',
      { timeout: 1000 },
    );
    await expectSpaceKept();
    // The content (built in, quick to load) waits for the strings, so it never shows in English.
    const contact = widgets.at(-1)!.shadowRoot!;
    await waitUntil(() => contact.querySelector('dt'), 'the contact box did not render', { timeout: 5000 });
    expect([...contact.querySelectorAll('dt')].map(text)).to.deep.equal(['Email', 'Telefono']);
    expect(text(contact.querySelector('button.vcard'))).to.equal('Aggiungi ai contatti');
  });

  it('shows the fallback content inside a tag until the widget runs, then the widget instead', async () => {
    const frame = await openPage('/test/fixtures/pages/fallback.html');
    const fallback = frame.contentDocument!.getElementById('fallback')!;
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    addModule(frame);
    await waitUntil(() => titleIn(frame, 'iom-news-card'), 'card did not render', { timeout: 5000 });
    expect(fallback.isConnected).to.equal(true);
    expect(fallback.getBoundingClientRect().height).to.equal(0);
  });
});

