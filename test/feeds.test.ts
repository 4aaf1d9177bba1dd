import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/elements/news-card/define.js';
import '../src/elements/news-list/define.js';
import { feedLimits } from '../src/data/feed.js';
import type { IomNewsCard } from '../src/elements/news-card/news-card.js';
import type { IomNewsList } from '../src/elements/news-list/news-list.js';
import { collectErrors, part, settled, text, watchWarnings } from './helpers.js';

declare global {
  interface Window {
    __iomPwned?: string;
  }
}

/** Renders a widget with a feed and returns it with the iom-error codes and warnings it caused. */
const withFeed = async <T extends HTMLElement>(template: ReturnType<typeof html>) => {
  const warnings = watchWarnings();
  const errors = collectErrors();
  try {
    const el = await settled(await fixture<T>(template), 6000);
    return { el, codes: errors.map((event) => event.detail.code), errors: [...errors], warnings: warnings.messages };
  } finally {
    warnings.restore();
    errors.stop();
  }
};

const expectFeedError = async (src: string, code: string, message: string) => {
  const { el, codes, errors, warnings } = await withFeed<IomNewsCard>(
    html`<iom-news-card src=${src} article="anything"></iom-news-card>`,
  );
  expect(codes).to.deep.equal([code]);
  expect(errors[0]!.detail.attribute).to.equal('src');
  expect(errors[0]!.detail.message).to.equal(message);
  expect(text(part(el, '[part~="error"]'))).to.contain(message);
  expect(warnings).to.have.length(1);
  expect(warnings[0]).to.contain('<iom-news-card>').and.contain(`src="${src}"`);
  await expect(el).to.be.accessible();
};

describe('feeds (src)', () => {
  afterEach(() => {
    delete window.__iomPwned;
  });

  it('shows a partner’s article from a valid feed, with built-in organisations resolved', async () => {
    const { el, codes } = await withFeed<IomNewsCard>(
      html`<iom-news-card src="/test/fixtures/feeds/partner.json" article="partner-older" lang="it"></iom-news-card>`,
    );
    expect(codes).to.deep.equal([]);
    expect(text(part(el, '[part~="title"]'))).to.equal('Aprono i caffè linguistici in tre biblioteche');
    expect(text(part(el, 'time'))).to.equal('novembre 2023');
    expect(text(part(el, '[part~="organizations"]'))).to.equal(
      'Organizzazioni: HWN (Rete Accoglienza del Porto) e OIM (Organizzazione Internazionale per le Migrazioni)',
    );
  });

  it('reports an article the feed does not have', async () => {
    const { el, codes } = await withFeed<IomNewsCard>(
      html`<iom-news-card src="/test/fixtures/feeds/partner.json" article="iom-unodc-partnership-2024"></iom-news-card>`,
    );
    expect(codes).to.deep.equal(['unknown-id']);
    expect(text(part(el, '[part~="error"]'))).to.contain('There is no news item with the id');
  });

  it('reports a 404', () => expectFeedError('/test-feeds/not-found', 'feed-http', 'The content source could not be loaded.'));

  it('reports a response that is not JSON', () =>
    expectFeedError('/test-feeds/not-json', 'feed-not-json', 'The content source did not send JSON data.'));

  it('reports HTML served instead of JSON', () =>
    expectFeedError('/test-feeds/html', 'feed-content-type', 'The content source did not send JSON data.'));

  it('reports JSON of the wrong shape', () =>
    expectFeedError('/test/fixtures/feeds/wrong-shape.json', 'feed-invalid', 'The content source is not in the expected format.'));

  it('refuses a feed larger than the limit', () =>
    expectFeedError('/test-feeds/huge', 'feed-too-large', 'The content source is too large to load.'));

  it('refuses a src that is not an http(s) URL', () =>
    expectFeedError('javascript:alert(1)', 'feed-url', 'The content source address is not a web address.'));

  it('shows the loading state, then a timeout message, for a slow feed', async () => {
    const previous = feedLimits.timeout;
    feedLimits.timeout = 500;
    try {
      const el = await fixture<IomNewsCard>(html`<iom-news-card src="/test-feeds/slow?t=1" article="x"></iom-news-card>`);
      expect(el.shadowRoot!.querySelector('[part~="loading"]')).not.to.equal(null);
      const warnings = watchWarnings();
      try {
        await settled(el);
      } finally {
        warnings.restore();
      }
      expect(text(part(el, '[part~="error"]'))).to.contain('The content source took too long to answer. Try again later.');
    } finally {
      feedLimits.timeout = previous;
    }
  });

  /** The test server under another origin: localhost and 127.0.0.1 are different sites. */
  const otherOrigin = () =>
    `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

  it('reads a feed from another origin that allows it (CORS)', async () => {
    const src = `${otherOrigin()}/test-feeds/partner`;
    expect(new URL(src).origin).not.to.equal(location.origin);
    const { el, codes } = await withFeed<IomNewsCard>(
      html`<iom-news-card src=${src} article="partner-older" lang="it"></iom-news-card>`,
    );
    expect(codes).to.deep.equal([]);
    expect(text(part(el, '[part~="title"]'))).to.equal('Aprono i caffè linguistici in tre biblioteche');
  });

  it('says so when a feed on another origin does not allow CORS', () =>
    expectFeedError(`${otherOrigin()}/test-feeds/partner-no-cors`, 'feed-network', 'The content source could not be loaded.'));

  it('sees a changed feed after a reload, even when the server lets caches keep it for a year', async () => {
    const page = (key: string) => `<!doctype html><html lang="en"><body>
      <iom-news-card src="/test-feeds/changing?key=${key}" article="edition"></iom-news-card>
      <script type="module" src="/cdn/loader.js"></script></body></html>`;
    const key = String(Math.random()).slice(2);
    const frame = document.createElement('iframe');
    const title = () => text(frame.contentDocument?.querySelector('iom-news-card')?.shadowRoot?.querySelector('[part~="title"]'));
    frame.srcdoc = page(key);
    document.body.append(frame);
    try {
      await waitUntil(() => title() === 'Edition 1', 'the first edition was not shown', { timeout: 5000 });
      frame.contentWindow!.location.reload();
      await waitUntil(() => title() === 'Edition 2', `after a reload the card shows “${title()}”`, { timeout: 5000 });
    } finally {
      frame.remove();
    }
  });

  it('shows the valid part of a partly invalid feed, and says what was left out', async () => {
    const { el, codes, warnings } = await withFeed<IomNewsList>(
      html`<iom-news-list src="/test/fixtures/feeds/partial.json"></iom-news-list>`,
    );
    expect(codes).to.deep.equal(['feed-partial']);
    // The impossible date is left out and its item kept (undated, so last); the item with a bad id is dropped.
    expect([...el.shadowRoot!.querySelectorAll('[part~="title"]')].map(text)).to.deep.equal([
      'A valid item',
      'An impossible date',
    ]);
    expect(el.shadowRoot!.querySelectorAll('time')).to.have.length(1);
    expect(text(part(el, '[part~="notice"]'))).to.contain('Some entries of the content source are not valid and were left out.');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('news[1].date: "2024-13-01" is not a date');
    expect(warnings[0]).to.contain('news[2].id: "Bad Id!" is not an id');
  });

  it('renders script and markup in titles as text, runs nothing, and keeps unsafe links out', async () => {
    const { el } = await withFeed<IomNewsList>(html`<iom-news-list src="/test/fixtures/feeds/hostile.json"></iom-news-list>`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(window.__iomPwned).to.equal(undefined);
    const root = el.shadowRoot!;
    expect(root.querySelector('script')).to.equal(null);
    expect(root.querySelector('img')).to.equal(null);
    expect(text(root.querySelector('[part~="title"]'))).to.equal("<script>window.__iomPwned = 'script'</script>Breaking");
    expect(text(root.querySelector('[part~="summary"]'))).to.contain('<img src=x onerror=');
    expect(root.querySelectorAll('[part~="title"]')).to.have.length(4);
    expect(root.querySelectorAll('a')).to.have.length(0);
    expect(root.innerHTML.toLowerCase()).not.to.contain('javascript:');
  });

  it('loads a feed once for every widget that names it', async () => {
    const src = `/test/fixtures/feeds/partner.json?shared=${Date.now()}`;
    const page = await fixture<HTMLDivElement>(html`<div>
      <iom-news-card src=${src} article="partner-older"></iom-news-card>
      <iom-news-card src=${src} article="partner-newer"></iom-news-card>
      <iom-news-list src=${src}></iom-news-list>
    </div>`);
    for (const widget of page.children) await settled(widget as HTMLElement);
    const fetched = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(src));
    expect(fetched).to.have.length(1);
  });

  it('keeps other widgets working when one feed fails', async () => {
    const warnings = watchWarnings();
    try {
      const page = await fixture<HTMLDivElement>(html`<div>
        <iom-news-card src="/test-feeds/not-found?other" article="x"></iom-news-card>
        <iom-news-card article="iom-unodc-partnership-2024"></iom-news-card>
      </div>`);
      const [broken, good] = [...page.querySelectorAll<IomNewsCard>('iom-news-card')];
      await settled(broken!);
      await settled(good!);
      expect(broken!.shadowRoot!.querySelector('[part~="error"]')).not.to.equal(null);
      expect(text(part(good!, '[part~="title"]'))).to.match(/^IOM and UNODC/);
    } finally {
      warnings.restore();
    }
  });
});

describe('feed requests and connections', () => {
  const limit = feedLimits.timeout;
  afterEach(() => {
    feedLimits.timeout = limit;
  });

  it('aborts a request its widget no longer waits for, so the connections stay free for the feeds that are wanted', async () => {
    const run = `${Date.now()}`;
    const card = await fixture<IomNewsCard>(html`<iom-news-card article="partner-newer"></iom-news-card>`);
    // Six addresses, each superseded by the next: a browser has six connections per origin.
    for (let index = 0; index < 6; index += 1) {
      card.src = `/test-feeds/hang?key=${run}-${index}`;
      await card.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const started = performance.now();
    card.src = `/test/fixtures/feeds/partner.json?run=${run}`;
    await settled(card, 6000);
    expect(performance.now() - started).to.be.below(3000);
    expect(text(part(card, '[part~="title"]'))).not.to.equal('');
    await waitUntil(async () => ((await (await fetch('/test-feeds/abandoned')).json()) as string[]).filter((key) => key.startsWith(run)).length === 6, 'the server did not see the six superseded requests end', { timeout: 3000 });
  });

  it('counts a feed’s time limit from when it is asked for, not while it waits for a connection', async () => {
    feedLimits.timeout = 1500;
    const run = `${Date.now()}`;
    const errors = collectErrors();
    const warnings = watchWarnings();
    try {
      // Thirty feeds of one origin, each answering after 400 ms: more than the browser opens at once.
      const page = await fixture<HTMLDivElement>(html`<div>
        ${Array.from({ length: 30 }, (_, index) => html`<iom-news-card src=${`/test-feeds/unhurried?key=${run}-${index}`} article="partner-newer"></iom-news-card>`)}
      </div>`);
      for (const card of page.children) await settled(card as HTMLElement, 10_000);
      expect(errors.map((event) => event.detail.code)).to.deep.equal([]);
      expect(page.querySelectorAll('iom-news-card')).to.have.length(30);
      for (const card of page.children) expect(text(part(card as HTMLElement, '[part~="title"]'))).not.to.equal('');
    } finally {
      errors.stop();
      warnings.restore();
    }
  });

  it('ends the wait with a timeout even when the page’s fetch ignores its abort signal', async () => {
    feedLimits.timeout = 300;
    const original = window.fetch;
    window.fetch = () => new Promise<Response>(() => {});
    try {
      const { el, codes } = await withFeed<IomNewsCard>(html`<iom-news-card src="/test-feeds/partner?deaf" article="partner-newer"></iom-news-card>`);
      expect(codes).to.deep.equal(['feed-timeout']);
      expect(text(part(el, '[part~="error"]'))).to.contain('took too long');
    } finally {
      window.fetch = original;
    }
  });
});

describe('feeds the command line and the widgets must agree on', () => {
  it('reads a feed that starts with a byte order mark, as `iom-widgets validate` does', async () => {
    const { el, codes } = await withFeed<IomNewsCard>(html`<iom-news-card src="/test/fixtures/feeds/bom.json" article="partner-newer"></iom-news-card>`);
    expect(codes).to.deep.equal([]);
    expect(text(part(el, '[part~="title"]'))).not.to.equal('');
  });

  it('shows the first of two records with the same id and says the other was left out', async () => {
    const { el, codes, warnings } = await withFeed<IomNewsList>(html`<iom-news-list src="/test/fixtures/feeds/duplicate-ids.json"></iom-news-list>`);
    expect(codes).to.deep.equal(['feed-partial']);
    expect([...el.shadowRoot!.querySelectorAll('[part~="title"]')].map((title) => text(title))).to.deep.equal(['The first', 'Another']);
    expect(warnings.join('\n')).to.contain('news[2].id: "twice" is already the id of news[0]; this entry is left out');
  });
});

describe('what the error box and the console say of a value', () => {
  it('never shows the password or user name of a feed address', async () => {
    const src = 'http://editor:s3cret-pass@127.0.0.1:9/feed.json';
    const { el, errors, warnings } = await withFeed<IomNewsCard>(html`<iom-news-card src=${src} article="x"></iom-news-card>`);
    expect(text(part(el, '[part~="error"]'))).to.contain('src="http://…@127.0.0.1:9/feed.json"');
    expect(el.shadowRoot!.textContent).not.to.match(/s3cret|editor/);
    expect(warnings.join('\n')).not.to.match(/s3cret|editor/);
    expect(warnings.join('\n')).to.contain('http://…@127.0.0.1:9/feed.json');
    expect(errors.map((event) => event.detail.value)).to.deep.equal(['http://…@127.0.0.1:9/feed.json']);
  });

  it('cuts a very long value short in the box, and keeps it whole in the console', async () => {
    const id = `a${'b'.repeat(100_000)}`;
    const { el, warnings } = await withFeed<IomNewsCard>(html`<iom-news-card article=${id}></iom-news-card>`);
    const shown = text(part(el, '[part~="error"] code'));
    expect(shown).to.equal(`article="${id.slice(0, 79)}…"`);
    expect(warnings.some((warning) => warning.includes(id))).to.equal(true);
  });
});
