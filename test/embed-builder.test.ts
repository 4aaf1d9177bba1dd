/**
 * The embed-code builder (tools/embed-builder/): the preview, the snippet, and the snippet pasted
 * into a fresh page with the built loader (run `npm run build` first; `npm test` does).
 */
import '../src/index.js';
import '../tools/embed-builder/define.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { VERSION } from '../src/core/version.js';
import type { EmbedCodeBuilder } from '../tools/embed-builder/embed-builder.js';
import { loaderElement, loaderUrl, snippetText, widgetElement } from '../tools/embed-builder/snippet.js';
import { expectWcag22, openFrame, settled, text } from './helpers.js';

const integrity = async (): Promise<string> => (await (await fetch('/cdn/integrity.json')).json())['loader.js'];

const openBuilder = async (): Promise<EmbedCodeBuilder> => {
  const builder = await fixture<EmbedCodeBuilder>(html`<embed-code-builder integrity-src="/cdn/integrity.json"></embed-code-builder>`);
  await waitUntil(() => builder.code.includes('integrity='), 'the builder did not make its code', { timeout: 5000 });
  return builder;
};

const shadow = (builder: EmbedCodeBuilder) => builder.shadowRoot!;
const previewWidget = (builder: EmbedCodeBuilder) => builder.querySelector<HTMLElement>('[slot="preview"] > *')!;
const codeField = (builder: EmbedCodeBuilder) => shadow(builder).querySelector('textarea')!;
const status = (builder: EmbedCodeBuilder) => shadow(builder).querySelector('[role="status"]')!;
const copyButton = (builder: EmbedCodeBuilder) => shadow(builder).querySelector('button')!;

/** Picks a value as a reader does: the control changes and says so. */
const choose = async (builder: EmbedCodeBuilder, name: string, value: string) => {
  const before = builder.code;
  const control = shadow(builder).querySelector<HTMLInputElement | HTMLSelectElement>(
    name === 'widget' ? `input[value="${value}"]` : `select[name="${name}"]`,
  )!;
  if (control instanceof HTMLInputElement) control.checked = true;
  else control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => builder.code !== before, `choosing ${name}=${value} did not change the code`, { timeout: 5000 });
  await builder.updateComplete;
};

/** The widget tag of a snippet, parsed as a browser parses a CMS page. */
const parsedWidget = (code: string): Element =>
  [...new DOMParser().parseFromString(code, 'text/html').body.children].find((node) => node.localName.startsWith('iom-'))!;

const attributesOf = (element: Element) => Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value]));

/** The CDN's folder of this version, as the code names it. */
const cdnFolder = loaderUrl(VERSION).replace(/loader\.js$/, '');

/** The snippet in a page of its own, as pasted into a CMS, with the CDN's files (loader, hinted modules and content) served from here. */
const paste = (code: string, lang = 'en'): Promise<HTMLIFrameElement> =>
  openFrame(
    { srcdoc: `<!doctype html><html lang="${lang}"><head><title>CMS page</title></head><body>${code.replaceAll(cdnFolder, '/cdn/')}</body></html>` },
    { title: 'A CMS page with the pasted code' },
  );

describe('<embed-code-builder>', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('starts with a news card: loader with the build’s integrity hash, tag, fallback link, and a live preview', async () => {
    const builder = await openBuilder();
    const code = builder.code;
    expect(code.split('\n')[0]).to.equal(
      `<script type="module" src="https://unpkg.com/iom-widgets@${VERSION}/cdn/loader.js" integrity="${await integrity()}" crossorigin="anonymous"></script>`,
    );
    expect(codeField(builder).value).to.equal(code);
    const tag = parsedWidget(code);
    expect(tag.localName).to.equal('iom-news-card');
    expect(attributesOf(tag)).to.deep.equal({ article: 'iom-amazon-global-agreement' });
    const card = await settled(previewWidget(builder));
    expect(card.localName).to.equal('iom-news-card');
    expect(attributesOf(card)).to.deep.equal(attributesOf(tag));
    expect(text(card.shadowRoot!.querySelector('[part~="title"]'))).to.equal('Amazon and IOM sign a global agreement on emergency response');
  });

  it('offers the records by their titles, not only their ids', async () => {
    const builder = await openBuilder();
    const options = [...shadow(builder).querySelectorAll('select[name="article"] option')].map((option) => text(option));
    expect(options).to.deep.equal([
      'Amazon and IOM sign a global agreement on emergency response',
      'IOM and UNODC join forces against trafficking in persons and migrant smuggling',
    ]);
  });

  it('updates the preview and the code when an option changes, and the fallback follows the language', async () => {
    const builder = await openBuilder();
    await choose(builder, 'article', 'iom-unodc-partnership-2024');
    await choose(builder, 'layout', 'compact');
    await choose(builder, 'lang', 'it');
    await choose(builder, 'theme', 'dark');
    const expected = { article: 'iom-unodc-partnership-2024', layout: 'compact', lang: 'it', theme: 'dark' };
    const tag = parsedWidget(builder.code);
    expect(attributesOf(tag)).to.deep.equal(expected);
    const card = await settled(previewWidget(builder));
    expect(attributesOf(card)).to.deep.equal(expected);
    expect(text(card.shadowRoot!.querySelector('[part~="title"]'))).to.equal(
      'OIM e UNODC insieme contro la tratta di persone e il traffico di migranti',
    );
    const link = tag.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(
      'https://unric.org/it/loim-e-lunodc-uniscono-le-forze-per-contrastare-la-tratta-di-esseri-umani-e-il-traffico-di-migranti',
    );
    expect(text(link)).to.equal('OIM e UNODC insieme contro la tratta di persone e il traffico di migranti');
    expect(link.hasAttribute('lang')).to.equal(false);
    // The preview carries the same fallback content as the code.
    expect(previewWidget(builder).querySelector('a')!.outerHTML).to.equal(link.outerHTML);
  });

  it('offers every language, and writes an Arabic widget right to left', async () => {
    const builder = await openBuilder();
    const languages = [...shadow(builder).querySelectorAll<HTMLOptionElement>('select[name="lang"] option')].map((option) => option.value);
    expect(languages).to.deep.equal(['', 'en', 'fr', 'es', 'it', 'ar']);
    await choose(builder, 'lang', 'ar');
    expect(builder.code).to.contain('lang="ar" dir="rtl"');
    expect(previewWidget(builder).getAttribute('dir')).to.equal('rtl');
  });

  it('marks the fallback text with its language when the tag takes the page’s', async () => {
    const builder = await openBuilder();
    const link = parsedWidget(builder.code).querySelector('a')!;
    expect(link.getAttribute('lang')).to.equal('en');
  });

  it('switches widgets with the keyboard, offering each widget’s own options', async () => {
    const builder = await openBuilder();
    shadow(builder).querySelector<HTMLInputElement>('input[value="iom-news-card"]')!.focus();
    const before = builder.code;
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => builder.code !== before, 'the arrow key did not switch the widget', { timeout: 5000 });
    expect(parsedWidget(builder.code).localName).to.equal('iom-news-list');
    const fields = [...shadow(builder).querySelectorAll('select')].map((select) => select.name);
    expect(fields).to.deep.equal(['organization', 'limit', 'layout', 'heading-level', 'lang', 'theme']);
  });

  const cases = [
    { widget: 'iom-news-card', choices: {}, title: 'Amazon and IOM sign a global agreement on emergency response' },
    {
      widget: 'iom-news-list',
      choices: { organization: 'unodc', limit: '1' },
      title: 'IOM and UNODC join forces against trafficking in persons and migrant smuggling',
    },
    { widget: 'iom-partnership-timeline', choices: { order: 'newest-first', lang: 'it' }, title: 'OIM e Amazon' },
    { widget: 'iom-project-map', choices: { project: 'migration-and-development' }, title: 'Migration and Development' },
    { widget: 'iom-contact-box', choices: { contact: 'migration-development-italy', layout: 'inline' }, title: 'Migration and Development programme' },
  ];
  for (const { widget, choices, title } of cases) {
    it(`makes code for ${widget} that renders the widget when pasted into a fresh page`, async () => {
      const builder = await openBuilder();
      if (widget !== 'iom-news-card') await choose(builder, 'widget', widget);
      for (const [name, value] of Object.entries(choices)) await choose(builder, name, value);
      const tag = parsedWidget(builder.code);
      expect(tag.localName).to.equal(widget);
      for (const [name, value] of Object.entries(choices)) expect(tag.getAttribute(name)).to.equal(value);

      const frame = await paste(builder.code);
      const pasted = frame.contentDocument!.querySelector(widget)!;
      await waitUntil(
        () => pasted.shadowRoot?.querySelector('[part~="title"]'),
        `${widget} did not render from the pasted code`,
        { timeout: 6000 },
      );
      expect(text(pasted.shadowRoot!.querySelector('[part~="title"]'))).to.contain(title);
      expect(pasted.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      // The loader was fetched with the integrity hash of the build, and accepted.
      const script = frame.contentDocument!.querySelector('script')!;
      expect(script.integrity).to.equal(await integrity());
    });
  }

  it('gives preload hints for the widget’s code, and for its strings and content when its language is chosen; pasted, the browser uses them', async () => {
    const builder = await openBuilder();
    const hints = (code: string) =>
      [...new DOMParser().parseFromString(code, 'text/html').querySelectorAll('link')].map((link) => attributesOf(link));
    const chunks = (await (await fetch('/cdn/element-chunks.json')).json())['iom-news-card'] as string[];
    expect(chunks).to.include('chunks/iom-core.js');
    const modules = (paths: string[]) => paths.map((path) => ({ rel: 'modulepreload', href: `${cdnFolder}${path}` }));
    expect(hints(builder.code)).to.deep.equal(modules(['elements/news-card.js', ...chunks]));

    await choose(builder, 'lang', 'fr');
    const content = `${cdnFolder}content/news/iom-amazon-global-agreement/fr.json`;
    expect(hints(builder.code)).to.deep.equal([
      ...modules(['elements/news-card.js', ...chunks, 'locales/fr/news-card.js', 'chunks/reentrant.js']),
      { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: content },
    ]);

    const frame = await paste(builder.code, 'fr');
    const pasted = frame.contentDocument!.querySelector('iom-news-card')!;
    await waitUntil(() => pasted.shadowRoot?.querySelector('[part~="title"]'), 'the pasted card did not render', { timeout: 6000 });
    expect(pasted.shadowRoot!.querySelector('[part~="title"]')!.getAttribute('lang')).to.equal(null);
    // The content was requested once, by the hint: the widget took what it preloaded (a fetch in
    // another credentials mode would have asked again).
    const requested = frame.contentWindow!.performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('/cdn/content/news/iom-amazon-global-agreement/fr.json')) as PerformanceResourceTiming[];
    expect(requested.map((entry) => entry.initiatorType)).to.deep.equal(['link']);
  });

  it('links each fallback to the record’s source: the partnership’s news, the contact’s address, the list’s articles', async () => {
    const builder = await openBuilder();
    await choose(builder, 'widget', 'iom-partnership-timeline');
    await choose(builder, 'partnership', 'iom-unodc');
    const timelineLink = parsedWidget(builder.code).querySelector('a')!;
    expect(text(timelineLink)).to.equal('IOM and UNODC: countering trafficking in persons and migrant smuggling');
    expect(timelineLink.getAttribute('href')).to.match(/^https:\/\/unric\.org\/it\/loim-e-lunodc/);

    await choose(builder, 'widget', 'iom-contact-box');
    await choose(builder, 'contact', 'migration-development-italy');
    const contactLink = parsedWidget(builder.code).querySelector('a')!;
    expect(contactLink.getAttribute('href')).to.equal('mailto:migrationdevelopmentitaly@iom.int');
    expect(text(contactLink)).to.equal('Migration and Development programme: migrationdevelopmentitaly@iom.int');

    await choose(builder, 'widget', 'iom-news-list');
    const items = [...parsedWidget(builder.code).querySelectorAll('ul > li > a')];
    expect(items.map((link) => link.getAttribute('href'))).to.have.length(2);
    expect(items.every((link) => link.getAttribute('href')!.startsWith('https://'))).to.equal(true);

    await choose(builder, 'widget', 'iom-project-map');
    const project = parsedWidget(builder.code);
    expect(project.querySelector('a')).to.equal(null);
    expect(text(project.querySelector('p'))).to.equal('ADMin4ALL – Supporting the social inclusion of vulnerable migrants in Europe');
  });

  it('shows the fallback link on the pasted page when the loader cannot run', async () => {
    const builder = await openBuilder();
    const frame = await paste(builder.code.replace(loaderUrl(VERSION), '/cdn/missing-loader.js'));
    const link = frame.contentDocument!.querySelector('iom-news-card a')!;
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(link.getAttribute('href')).to.match(/^https:\/\/www\.aboutamazon\.it\//);
  });

  it('escapes hostile values in attributes, texts and links', () => {
    const hostile = `"><script>alert(1)</script><img src=x onerror="alert(2)">&amp;'`;
    const widget = widgetElement({
      tag: 'iom-news-card',
      attributes: [
        ['article', hostile],
        ['layout', ''],
      ],
      fallback: [{ text: hostile, lang: 'en', url: `https://example.org/?q=${hostile}` }],
    });
    const code = snippetText(loaderElement(loaderUrl(hostile), hostile), widget);
    const page = new DOMParser().parseFromString(code, 'text/html');
    expect(page.querySelectorAll('script')).to.have.length(1);
    expect(page.querySelectorAll('img')).to.have.length(0);
    const script = page.querySelector('script')!;
    expect(script.getAttribute('src')).to.equal(loaderUrl(hostile));
    expect(script.getAttribute('integrity')).to.equal(hostile);
    const tag = page.querySelector('iom-news-card')!;
    expect(attributesOf(tag)).to.deep.equal({ article: hostile });
    expect(tag.children).to.have.length(1);
    expect(tag.querySelector('a')!.textContent).to.equal(hostile);
    expect(tag.querySelector('a')!.getAttribute('href')).to.equal(`https://example.org/?q=${hostile}`);
  });

  describe('copying', () => {
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    const execCommand = document.execCommand;
    afterEach(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      document.execCommand = execCommand;
    });

    it('copies the code with the Clipboard API and says so in a status region', async () => {
      const builder = await openBuilder();
      const written: string[] = [];
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        configurable: true,
        get: () => ({ writeText: async (value: string) => void written.push(value) }),
      });
      copyButton(builder).click();
      await waitUntil(() => text(status(builder)), 'no feedback', { timeout: 2000 });
      expect(written).to.deep.equal([builder.code]);
      expect(text(status(builder))).to.equal('Copied. Paste the code into an HTML block of your page.');
    });

    it('copies without the Clipboard API, and says so', async () => {
      const builder = await openBuilder();
      Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
      const copied: string[] = [];
      document.execCommand = (command: string) => {
        const selected = (builder.shadowRoot!.activeElement as HTMLTextAreaElement | null)?.value ?? '';
        copied.push(`${command}:${selected}`);
        return true;
      };
      copyButton(builder).click();
      await waitUntil(() => text(status(builder)), 'no feedback', { timeout: 2000 });
      expect(copied).to.deep.equal([`copy:${builder.code}`]);
      expect(text(status(builder))).to.equal('Copied. Paste the code into an HTML block of your page.');
    });

    it('when copying is impossible, says so and selects the code for the reader to copy', async () => {
      const builder = await openBuilder();
      Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
      document.execCommand = () => false;
      copyButton(builder).click();
      await waitUntil(() => text(status(builder)), 'no feedback', { timeout: 2000 });
      expect(text(status(builder))).to.match(/^Copying is not possible here\. The code is selected/);
      const field = codeField(builder);
      expect(shadow(builder).activeElement).to.equal(field);
      expect(field.value.slice(field.selectionStart, field.selectionEnd)).to.equal(builder.code);
    });
  });

  it('passes axe (WCAG 2.2 AA) with its preview', async () => {
    const builder = await openBuilder();
    await settled(previewWidget(builder));
    await expectWcag22(builder);
    await choose(builder, 'widget', 'iom-contact-box');
    await settled(previewWidget(builder));
    await expectWcag22(builder);
  });

  it('works on the demo page, with the widgets from the built loader', async () => {
    const frame = await openFrame({ src: '/demo/builder.html' }, { width: 1200, height: 900 });
    const builder = frame.contentDocument!.querySelector('embed-code-builder') as EmbedCodeBuilder;
    await waitUntil(() => builder.code?.includes(`integrity="${'sha384-'}`), 'the demo builder made no code', { timeout: 6000 });
    expect(builder.code).to.contain(`integrity="${await integrity()}"`);
    const preview = builder.querySelector('iom-news-card')!;
    await waitUntil(() => preview.shadowRoot?.querySelector('[part~="title"]'), 'the demo preview did not render', { timeout: 6000 });
    expect(frame.contentWindow!.customElements.get('iom-news-card')).to.not.equal(undefined);
  });
});
