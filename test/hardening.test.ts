import { expect, fixture, html, unsafeStatic } from '@open-wc/testing';
import '../src/elements/news-card/define.js';
import '../src/elements/news-list/define.js';
import '../src/elements/partnership-timeline/define.js';
import '../src/elements/project-map/define.js';
import '../src/elements/contact-box/define.js';
import { payloads } from './fixtures/xss/payloads.mjs';
import { chunks, newsGroup } from './fixtures/xss/hostile-feed.mjs';
import { validateFeed, formatIssue } from '../src/data/validate.js';
import { settled, text, watchWarnings } from './helpers.js';

const sentinel = window as { __iomPwned?: unknown };
const feed = '/test-feeds/xss';

/** Attributes whose value a browser loads, follows or runs as a URL. */
const urlAttributes = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'ping']);
const safeSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** `root` and every shadow root inside it, however deep. */
const rootsIn = (root: ParentNode): ParentNode[] => [
  root,
  ...[...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? rootsIn(element.shadowRoot) : [])),
];

/** What in the page could run code or lead to a script: each as a short description. */
const dangers = (page: Element): string[] =>
  rootsIn(page).flatMap((root) =>
    [...root.querySelectorAll('*')].flatMap((element) => [
      ...(['script', 'iframe', 'object', 'embed'].includes(element.localName) ? [`<${element.localName}>`] : []),
      ...[...element.attributes].flatMap((attribute) => {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on') || name === 'srcdoc') return [`${element.localName}[${name}]`];
        if (!urlAttributes.has(name)) return [];
        const scheme = new URL(attribute.value, document.baseURI).protocol;
        return safeSchemes.has(scheme) ? [] : [`${element.localName}[${name}="${attribute.value}"]`];
      }),
    ]),
  );

/** All the text a widget shows, its nested shadow roots included. */
const shownText = (widget: Element): string =>
  rootsIn(widget.shadowRoot!)
    .map((root) => root.textContent)
    .join('\n');

/** Renders the widgets, lets any injected handler fire, and checks that nothing ran or leaked. */
const renderHostile = async (template: ReturnType<typeof html>): Promise<HTMLElement[]> => {
  delete sentinel.__iomPwned;
  const warnings = watchWarnings();
  let widgets: HTMLElement[];
  try {
    const page = await fixture<HTMLDivElement>(template);
    widgets = [...page.children] as HTMLElement[];
    for (const widget of widgets) await settled(widget, 7000);
    // Error and load handlers of injected images or SVG would fire within a few frames.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(sentinel.__iomPwned, 'an injected script ran').to.equal(undefined);
    expect(dangers(page)).to.deep.equal([]);
  } finally {
    warnings.restore();
  }
  for (const widget of widgets) expect(widget.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
  return widgets;
};

/** Fails naming the payloads a widget does not show literally. */
const expectShownAsText = (widget: Element, expected: readonly string[]) => {
  const shown = shownText(widget);
  expect(expected.filter((payload) => !shown.includes(payload))).to.deep.equal([]);
};

describe('hostile content (OWASP XSS filter evasion payloads in every field)', () => {
  it('has more than 100 payloads, each short enough for every text field', () => {
    expect(payloads.length).to.be.greaterThan(100);
    expect(payloads.filter((payload) => payload.length > 200)).to.deep.equal([]);
  });

  it('news list and news card: runs nothing, links nowhere unsafe, shows every payload as text', async () => {
    const [listA, listB, card] = await renderHostile(html`<div>
      <iom-news-list src=${feed} organization="xss-group-a" limit="100"></iom-news-list>
      <iom-news-list src=${feed} organization="xss-group-b" limit="100"></iom-news-list>
      <iom-news-card src=${feed} article="xss-0"></iom-news-card>
    </div>`);
    expectShownAsText(listA!, payloads.filter((_, index) => newsGroup(index) === 'xss-group-a'));
    expectShownAsText(listB!, payloads.filter((_, index) => newsGroup(index) === 'xss-group-b'));
    expectShownAsText(card!, [payloads[0]!]);
  });

  it('partnership timeline: runs nothing, links nowhere unsafe, shows every payload as text', async () => {
    const timelines = await renderHostile(html`<div>
      ${chunks.map((_, number) => html`<iom-partnership-timeline src=${feed} partnership="xss-partnership-${number}"></iom-partnership-timeline>`)}
    </div>`);
    timelines.forEach((timeline, number) => expectShownAsText(timeline, chunks[number]!));
  });

  it('project map: runs nothing, links nowhere unsafe, shows every payload as text', async () => {
    const maps = await renderHostile(html`<div>
      ${chunks.map((_, number) => html`<iom-project-map src=${feed} project="xss-project-${number}"></iom-project-map>`)}
    </div>`);
    maps.forEach((map, number) => expectShownAsText(map, chunks[number]!));
  });

  it('contact box: runs nothing, links nowhere unsafe, shows every payload as text', async () => {
    const boxes = await renderHostile(html`<div>
      ${payloads.map((_, index) => html`<iom-contact-box src=${feed} contact="xss-contact-${index}"></iom-contact-box>`)}
    </div>`);
    boxes.forEach((box, index) => expectShownAsText(box, [payloads[index]!]));
  });
});

describe('big and odd input', () => {
  it('survives JSON nested 100,000 levels deep and shows the valid rest of the feed', async () => {
    const warnings = watchWarnings();
    try {
      const card = await settled(await fixture<HTMLElement>(html`<iom-news-card src="/test-feeds/deep" article="survivor"></iom-news-card>`), 7000);
      expect(text(card.shadowRoot!.querySelector('[part~="title"]'))).to.equal('Still here');
      expect(card.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    } finally {
      warnings.restore();
    }
  });

  it('validates a deeply nested value where an exact value is expected without overflowing', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
    const { feed, issues } = validateFeed({ version: deep });
    expect(feed).to.equal(undefined);
    expect(issues).to.have.length(1);
    expect(formatIssue(issues[0]!)).to.match(/^version: .* is not 1$/);
  });

  it('shows only `limit` items of a feed with 10,000 news items', async () => {
    const list = await settled(await fixture<HTMLElement>(html`<iom-news-list src="/test-feeds/many-news" limit="5"></iom-news-list>`), 7000);
    const titles = [...list.shadowRoot!.querySelectorAll('[part~="title"]')].map((title) => text(title));
    expect(titles).to.have.length(5);
    expect(titles.every((title) => /^Item \d+$/.test(title))).to.equal(true);
  });
});

describe('unicode edge cases', () => {
  it('shows bidi controls, emoji sequences, combining marks and long words as text, inside the box', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width: 240px">
      <iom-news-card src="/test/fixtures/feeds/unicode.json" article="unicode"></iom-news-card>
    </div>`);
    const card = await settled(page.firstElementChild as HTMLElement);
    const feed = (await (await fetch('/test/fixtures/feeds/unicode.json')).json()) as { news: { title: { en: string }; summary: { en: string } }[] };
    const [article] = feed.news;
    expect(text(card.shadowRoot!.querySelector('[part~="title"]'))).to.equal(article!.title.en.trim());
    expect(text(card.shadowRoot!.querySelector('[part~="summary"]'))).to.equal(article!.summary.en.trim());
    const box = card.shadowRoot!.querySelector<HTMLElement>('[part~="card"]')!;
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    expect(card.scrollWidth).to.be.at.most(card.clientWidth);
  });

  /** Every element of `root` whose scrolling width is wider than its box, by tag and class. */
  const overflowing = (root: ShadowRoot): string[] =>
    [...root.querySelectorAll<HTMLElement>('*')]
      .filter((element) => element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX === 'visible')
      .map((element) => `${element.localName}.${element.className}`);

  for (const [tag, attribute] of [
    ['iom-partnership-timeline', 'partnership'],
    ['iom-project-map', 'project'],
  ] as const) {
    it(`keeps long unbroken words inside a narrow ${tag}`, async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div style="width: 240px">${unsafeStatic(`<${tag} src="/test/fixtures/feeds/unicode.json" ${attribute}="unicode"></${tag}>`)}</div>`,
      );
      const widget = await settled(page.firstElementChild as HTMLElement);
      expect(widget.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      expect(text(widget.shadowRoot!.querySelector('[part~="title"]'))).to.match(/Migrationandintegration/);
      expect(overflowing(widget.shadowRoot!)).to.deep.equal([]);
      expect(widget.scrollWidth).to.be.at.most(widget.clientWidth);
    });
  }

  it('keeps a bidi override in a name from reordering the words around it', async () => {
    const card = await settled(await fixture<HTMLElement>(html`<iom-news-card src="/test/fixtures/feeds/unicode.json" article="unicode"></iom-news-card>`));
    const timeline = await settled(
      await fixture<HTMLElement>(html`<iom-partnership-timeline src="/test/fixtures/feeds/unicode.json" partnership="unicode"></iom-partnership-timeline>`),
    );
    const isolated = (element: Element) => ['isolate', 'isolate-override', 'plaintext'].includes(getComputedStyle(element).unicodeBidi);
    /** Whether the text node holding `words` sits in an isolating element inside `boundary`. */
    const isolatedIn = (boundary: Element, words: string) => {
      const walker = document.createTreeWalker(boundary, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        if (!walker.currentNode.textContent!.includes(words)) continue;
        for (let element = walker.currentNode.parentElement; element && element !== boundary; element = element.parentElement) {
          if (isolated(element)) return true;
        }
        return false;
      }
      throw new Error(`"${words}" is not shown`);
    };
    // Each organisation name in "A, B and C", and a person's name before ", role".
    for (const organizations of [
      card.shadowRoot!.querySelector('[part~="organizations"]')!,
      timeline.shadowRoot!.querySelector('[part~="partners"]')!,
    ]) {
      expect(isolatedIn(organizations, '\u202eHarbour network')).to.equal(true);
    }
    expect(isolatedIn(card.shadowRoot!.querySelector('[part~="organizations"]')!, '\u202eLC')).to.equal(true);
    expect(isolatedIn(timeline.shadowRoot!.querySelector('.milestones')!, '\u202eA. Person')).to.equal(true);
    // The source inside the link's sentence: first-strong isolates around it.
    expect(card.shadowRoot!.querySelector('[part~="link"]')!.textContent).to.contain('\u2068\u202eThe Harbour Gazette\u2069');
  });
});
