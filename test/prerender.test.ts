/**
 * Prerendered widgets (`iom-widgets render`, issue 9), on pages built by the command line from
 * the built dist/ and loading the built cdn/ (test/server/prerender.mjs): run `npm run build`
 * first (`npm test` does). For every widget and language: with JavaScript disabled, the page
 * shows what the widget shows in the browser; with the loader, the widget hydrates without a
 * console message, without a layout shift and without rendering again, and still works.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { expectWcag22 } from './helpers.js';
import { baseOf, loadedBy, openPage, pagePath, shown, watchOf, widgetIn } from './prerendered-page.js';

const widgets = ['news-card', 'news-list', 'partnership-timeline', 'project-map', 'contact-box'];
const languages = ['en', 'it', 'fr', 'es', 'ar'];

/** What a reader sees of the widget: the rendered text of its shadow root, white space collapsed. */
const seen = (widget: HTMLElement): string => (baseOf(widget)?.innerText ?? '').replace(/\s+/g, ' ').trim();

describe('prerendered widgets', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const name of widgets) {
    describe(`<iom-${name}>`, () => {
      for (const lang of languages) {
        it(`${lang}: with JavaScript disabled, shows the text the widget shows in the browser, at its size`, async () => {
          const offline = await openPage(pagePath(name, lang), 'allow-same-origin');
          const prerendered = widgetIn(offline);
          expect(prerendered.localName).to.equal(`iom-${name}`);
          expect(offline.contentWindow!.customElements.get(prerendered.localName)).to.equal(undefined);
          expect(baseOf(prerendered), 'no prerendered shadow root').to.not.equal(null);
          const client = await shown(await openPage(pagePath(name, lang, { render: false })));
          expect(client.shadowRoot!.querySelector('template')).to.equal(null);
          expect(seen(prerendered).length).to.be.greaterThan(40);
          expect(seen(prerendered)).to.equal(seen(client));
          expect(prerendered.getBoundingClientRect().height).to.equal(client.getBoundingClientRect().height);
        });

        it(`${lang}: hydrates with no console message, no layout shift and no new render`, async () => {
          const frame = await openPage(pagePath(name, lang));
          const watch = watchOf(frame);
          const [before] = watch.before;
          expect(before?.localName, 'no prerendered shadow root').to.equal('div');
          const widget = await shown(frame);
          const loaded = loadedBy(frame);
          expect(loaded).to.include('/cdn/hydrate.js');
          expect(baseOf(widget), 'the widget rendered again instead of hydrating').to.equal(before);
          expect(seen(widget)).to.equal(watch.texts[0]);
          expect(watch.messages).to.deep.equal([]);
          expect(watch.shifts).to.deep.equal([]);
        });
      }
    });
  }

  for (const name of widgets) {
    it(`<iom-${name}> in a paragraph, as WordPress writes a tag on a line of its own, shows its content once, with JavaScript off and on`, async () => {
      for (const sandbox of ['allow-same-origin', undefined]) {
        const frame = await openPage(pagePath(name, 'en', { wrap: 'p' }), sandbox);
        const widget = sandbox ? widgetIn(frame) : await shown(frame);
        expect(widget.parentElement!.localName).to.equal('p');
        expect(seen(widget).length, 'no prerendered shadow root').to.be.greaterThan(40);
        // What the page shows outside the widget's shadow root: its own text alone, no fallback.
        expect(frame.contentDocument!.body.innerText.replace(/\s+/g, ' ').trim()).to.equal('The page goes on.');
        if (!sandbox) expect(watchOf(frame).messages).to.deep.equal([]);
        frame.remove();
      }
    });
  }

  it('hydrates with the classic script, deferred, too', async () => {
    const frame = await openPage('/test-prerender/partnership-timeline.html?lang=it&classic=1');
    const watch = watchOf(frame);
    const [before] = watch.before;
    expect(before?.localName, 'no prerendered shadow root').to.equal('div');
    const widget = await shown(frame);
    const loaded = loadedBy(frame);
    expect(loaded).to.include.members(['/cdn/hydrate.js', '/cdn/iom-widgets.classic.js']);
    expect(baseOf(widget), 'the widget rendered again instead of hydrating').to.equal(before);
    expect(seen(widget)).to.equal(watch.texts[0]);
    expect(watch.messages).to.deep.equal([]);
    expect(watch.shifts).to.deep.equal([]);
  });

  describe('beside a partner’s own Lit element, server-rendered and hydrated by Lit’s own support', () => {
    /**
     * What the partner's counter (test/fixtures/pages/partner-counter.js) shows and has, once
     * defined and its page's first click (in the task after it is defined) is in: plain Lit has
     * hydrated it by then, and adopts no style sheet in a shadow root it hydrates.
     */
    const counterIn = async (frame: HTMLIFrameElement) => {
      await waitUntil(() => frame.contentWindow!.customElements.get('partner-counter'), 'the partner’s counter was not defined', { timeout: 5000 });
      const counter = frame.contentDocument!.querySelector('partner-counter') as HTMLElement & { updateComplete: Promise<boolean> };
      await new Promise((resolve) => frame.contentWindow!.setTimeout(resolve, 50));
      await counter.updateComplete;
      return {
        text: counter.shadowRoot!.querySelector('button')!.textContent!.replace(/\s+/g, ' ').trim(),
        prerenderedStyle: counter.shadowRoot!.querySelector('style') !== null,
        adoptedStyleSheets: counter.shadowRoot!.adoptedStyleSheets.length,
      };
    };

    /**
     * The page's console messages but those of the partner's copy of Lit, a development build,
     * which says so, and says that the page has another copy (cdn/'s) as soon as one is there.
     */
    const messagesBesidePartnerLit = (frame: HTMLIFrameElement) =>
      watchOf(frame).messages.filter((message) => !/^warn: (Lit is in dev mode|Multiple versions of Lit loaded)\. /.test(message));

    it('leaves that element exactly as it is on the partner’s page without iom-widgets', async () => {
      const alone = await counterIn(await openPage('/test-partner.html'));
      expect(alone.text).to.equal('Clicked 1 times');
      expect(alone.prerenderedStyle).to.equal(true);
      const frame = await openPage(pagePath('news-card', 'en', { partner: true }));
      await shown(frame);
      expect(loadedBy(frame)).to.include('/cdn/hydrate.js');
      expect(await counterIn(frame)).to.deep.equal(alone);
    });

    it('hydrates the widget all the same, with no console message of its own', async () => {
      const frame = await openPage(pagePath('news-card', 'en', { partner: true }));
      const watch = watchOf(frame);
      const [before] = watch.before;
      expect(before?.localName, 'no prerendered shadow root').to.equal('div');
      const widget = await shown(frame);
      expect(baseOf(widget), 'the widget rendered again instead of hydrating').to.equal(before);
      expect(seen(widget)).to.equal(watch.texts[0]);
      expect(messagesBesidePartnerLit(frame)).to.deep.equal([]);
      expect(watch.shifts).to.deep.equal([]);
    });
  });

  it('renders a prerendered widget afresh, once, on a page without the hydration support', async () => {
    for (const widget of ['news-card', 'contact-box']) {
      const frame = await openPage(pagePath(widget, 'en', { hydrate: false }));
      expect(loadedBy(frame).some((path) => path.endsWith('/hydrate.js')), widget).to.equal(false);
      const element = widgetIn(frame);
      await waitUntil(() => watchOf(frame).ready === 1, `${widget} was not ready`, { timeout: 5000 });
      // The prerendered markup gave way to the widget's own render: one of each, not two.
      expect(element.shadowRoot!.querySelectorAll('[part~="base"]').length, widget).to.equal(1);
      expect(element.shadowRoot!.querySelectorAll('[part~="title"]').length, widget).to.equal(1);
      frame.remove();
    }
  });

  it('leaves a page without prerendered widgets without the hydration support', async () => {
    const frame = await openPage(pagePath('news-card', 'en', { render: false }));
    await shown(frame);
    const loaded = loadedBy(frame);
    expect(loaded).not.to.include('/cdn/hydrate.js');
  });

  it('puts the contact box’s schema.org microdata in the prerendered shadow root, none in the light DOM', async () => {
    const offline = await openPage(pagePath('contact-box', 'en'), 'allow-same-origin');
    const widget = widgetIn(offline);
    const point = widget.shadowRoot!.querySelector('[itemtype="https://schema.org/ContactPoint"]');
    expect(point, 'no ContactPoint in the prerendered shadow root').to.not.equal(null);
    expect(point!.querySelector('meta[itemprop="email"]')!.getAttribute('content')).to.equal('migrationdevelopmentitaly@iom.int');
    expect(widget.querySelector('[itemtype]')).to.equal(null);
  });

  it('keeps the contact box’s buttons working after hydration', async () => {
    const frame = await openPage(pagePath('contact-box', 'it'));
    const widget = await shown(frame);
    // The page's clipboard, as a reader's browser would give it (headless Chromium asks for a permission).
    let written = '';
    Object.defineProperty(frame.contentWindow!.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (value: string) => void (written = value) },
    });
    widget.shadowRoot!.querySelector<HTMLButtonElement>('[part~="copy"]')!.click();
    const feedback = widget.shadowRoot!.querySelector<HTMLElement>('[part~="feedback"]')!;
    await waitUntil(() => feedback.innerText.trim(), 'the copy button did nothing', { timeout: 3000 });
    expect(written).to.equal('migrationdevelopmentitaly@iom.int');
    expect(feedback.innerText).to.match(/copiat/i);
    expect(watchOf(frame).messages).to.deep.equal([]);
  });

  it('keeps the project map’s countries working after hydration', async () => {
    const frame = await openPage(pagePath('project-map', 'en'));
    const widget = await shown(frame);
    const selected = new Promise<string>((resolve) =>
      widget.addEventListener('iom-country-select', (event) => resolve((event as CustomEvent<{ country: string }>).detail.country), { once: true }),
    );
    const country = widget.shadowRoot!.querySelector<SVGElement>('[part~="country"]')!;
    country.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(await selected).to.equal(country.dataset.country);
    // Markers (Malta's) keep their 24 px target once the map has measured itself.
    const marker = widget.shadowRoot!.querySelector('circle.marker')!;
    await waitUntil(() => marker.getBoundingClientRect().width >= 24, 'the marker kept its prerendered size', { timeout: 3000 });
  });

  for (const lang of ['en', 'ar']) {
    it(`passes axe (WCAG 2.2 AA) as prerendered, before any script, in ${lang}`, async () => {
      for (const name of widgets) {
        const html = await (await fetch(pagePath(name, lang))).text();
        const container = document.createElement('div');
        container.lang = lang;
        container.dir = lang === 'ar' ? 'rtl' : 'ltr';
        container.setHTMLUnsafe(html.slice(html.indexOf('<iom-'), html.indexOf('<p id="after">')));
        document.body.append(container);
        try {
          expect(baseOf(container.firstElementChild as HTMLElement), `${name}: no shadow root`).to.not.equal(null);
          await expectWcag22(container);
        } finally {
          container.remove();
        }
      }
    });
  }

  it('gives readers without Declarative Shadow DOM a heading, a summary and a link', async () => {
    const html = await (await fetch(pagePath('news-card', 'it'))).text();
    const page = new DOMParser().parseFromString(html, 'text/html');
    const card = page.querySelector('iom-news-card')!;
    expect(card.querySelector('template[shadowrootmode="open"]')).to.not.equal(null);
    const heading = card.querySelector(':scope > article > h3 > a')!;
    expect(heading.textContent).to.equal('Amazon e OIM firmano un accordo globale per la risposta alle emergenze');
    expect(heading.getAttribute('href')).to.match(/^https:\/\/www\.aboutamazon\.it\//);
    expect(card.querySelector(':scope > article > p')!.textContent!.length).to.be.greaterThan(100);
  });

  it('builds the demo’s prerendered copy: its widgets show their content with JavaScript off', async () => {
    const frame = await openPage('/demo/prerendered.html', 'allow-same-origin');
    const doc = frame.contentDocument!;
    const widgets = [...doc.querySelectorAll('main *')].filter((element) => element.localName.startsWith('iom-'));
    // All but the partner's feed and the mistyped id, which the browser renders.
    const prerendered = widgets.filter((widget) => widget.shadowRoot?.querySelector('[part~="title"]'));
    expect(prerendered.map((widget) => widget.localName)).to.deep.equal(
      widgets.filter((widget) => !widget.hasAttribute('src') && widget.getAttribute('article') !== 'iom-unodc-2024').map((widget) => widget.localName),
    );
    expect(prerendered.length).to.be.greaterThan(8);
    expect(doc.querySelector('[aria-current="page"]')!.textContent).to.equal('Prerendered');
  });
});
