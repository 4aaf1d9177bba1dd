/**
 * Widgets that cannot render: a page that refuses to clone templates, an XHTML page, a formatter
 * that throws. Each fails once, says so (what the reader sees, one `iom-error`, one console
 * warning), and goes quiet; the others and the page carry on.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/elements/news-card/define.js';
import { collectErrors, openFrame, settled, text, watchWarnings } from './helpers.js';

interface WatchedWindow extends Window {
  uncaught: string[];
  warnings: string[];
  outcomes: string[];
  templateWork: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const widgetsIn = (frame: HTMLIFrameElement): HTMLElement[] =>
  [...frame.contentDocument!.body.children].filter((node) => node.localName.startsWith('iom-')) as HTMLElement[];

/** Whether `node` takes space on screen. */
const shown = (node: Element | null | undefined): boolean => {
  const box = node?.getBoundingClientRect();
  return !!box && box.width > 0 && box.height > 0;
};

/** Waits until every widget of the frame has had its say, then checks that none keeps working. */
const settledAndQuiet = async (frame: HTMLIFrameElement, widgets: number): Promise<WatchedWindow> => {
  const win = frame.contentWindow as WatchedWindow;
  await waitUntil(() => win.outcomes.length >= widgets, `expected ${widgets} outcomes, got ${win.outcomes.join('; ')}`, { timeout: 8000 });
  await sleep(500);
  const work = win.templateWork;
  await sleep(1000);
  expect(win.templateWork, 'templates are still being made a second later').to.equal(work);
  return win;
};

describe('a page where no template can be cloned', () => {
  it('fails once per widget: its fallback or a message shows, one iom-error and one warning each, and then nothing', async () => {
    const frame = await openFrame({ src: '/test/fixtures/pages/import-node-throws.html' });
    const win = await settledAndQuiet(frame, 2);
    expect(win.uncaught).to.deep.equal([]);
    expect([...win.outcomes].sort()).to.deep.equal(['iom-contact-box iom-error internal', 'iom-news-card iom-error internal']);
    for (const tag of ['iom-news-card', 'iom-contact-box']) {
      expect(win.warnings.filter((warning) => warning.startsWith(`<${tag}>`)), tag).to.have.length(1);
    }
    const [card, contact] = widgetsIn(frame);
    // The card's own fallback, written by the page's author, shows instead of the card.
    expect(shown(frame.contentDocument!.getElementById('fallback'))).to.equal(true);
    // The contact box has none: it says, in words, that it cannot be shown.
    const message = contact!.shadowRoot!.querySelector('[part~="error"]');
    expect(shown(message)).to.equal(true);
    expect(text(message)).to.include('This content cannot be shown.');
    expect(shown(card!.shadowRoot!.querySelector('[part~="error"]')), 'the card shows its fallback, not the message').to.equal(false);
  });
});

describe('an XHTML page (application/xhtml+xml) with the classic script', () => {
  it('shows each widget, or leaves its fallback in place with one clear warning, and throws nothing', async () => {
    const frame = await openFrame({ src: '/test/fixtures/pages/xhtml.xhtml' });
    expect(frame.contentDocument!.contentType).to.equal('application/xhtml+xml');
    const win = await settledAndQuiet(frame, 5);
    expect(win.uncaught).to.deep.equal([]);
    for (const widget of widgetsIn(frame)) {
      const tag = widget.localName;
      const rendered = widget.shadowRoot?.querySelector('[part~="title"]');
      const fallback = widget.querySelector('a');
      const warnings = win.warnings.filter((warning) => warning.startsWith(`<${tag}>`));
      if (rendered) {
        expect(win.outcomes, tag).to.include(`${tag} iom-ready`);
        expect(shown(fallback), `${tag}: its fallback is hidden by its content`).to.equal(false);
      } else {
        expect(win.outcomes, tag).to.include(`${tag} iom-error internal`);
        expect(shown(fallback), `${tag}: its fallback shows`).to.equal(true);
        expect(warnings, tag).to.have.length(1);
        expect(warnings[0]).to.include('XHTML');
      }
    }
  });
});

describe('a formatter that throws while the content renders', () => {
  it('shows the error box and sends one iom-error, and no iom-ready', async () => {
    const original = Intl.DateTimeFormat;
    const warnings = watchWarnings();
    const errors = collectErrors();
    const ready: Event[] = [];
    const onReady = (event: Event) => ready.push(event);
    document.addEventListener('iom-ready', onReady);
    (Intl as { DateTimeFormat: unknown }).DateTimeFormat = function () {
      throw new RangeError('no date formats on this page');
    };
    try {
      const card = await fixture<HTMLElement>(html`<iom-news-card article="iom-unodc-partnership-2024"></iom-news-card>`);
      await settled(card);
      await sleep(300);
      expect(text(card.shadowRoot!.querySelector('[part~="error"]'))).to.include('This content cannot be shown.');
      expect(errors.map((event) => event.detail.code)).to.deep.equal(['internal']);
      expect(ready).to.have.length(0);
      expect(warnings.messages.filter((message) => message.includes('no date formats'))).to.have.length(1);
    } finally {
      Intl.DateTimeFormat = original;
      warnings.restore();
      errors.stop();
      document.removeEventListener('iom-ready', onReady);
    }
  });
});

describe('a widget moved into another document', () => {
  it('keeps its styles in an iframe it is adopted into, and stays usable there and back', async () => {
    const card = await fixture<HTMLElement>(html`<iom-news-card article="iom-unodc-partnership-2024"></iom-news-card>`);
    await settled(card);
    const border = () => getComputedStyle(card.shadowRoot!.querySelector('[part~="card"]')!).borderTopWidth;
    const styled = border();
    expect(styled).to.equal('4px');
    const frame = await openFrame({ srcdoc: '<!doctype html><html lang="en"><title>Other document</title><body></body></html>' });
    const other = frame.contentDocument!;
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => uncaught.push(String('reason' in event ? event.reason : event.message));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const warnings = watchWarnings();
    try {
      other.body.append(other.adoptNode(card));
      await waitUntil(() => frame.contentWindow!.getComputedStyle(card.shadowRoot!.querySelector('[part~="card"]')!).borderTopWidth === styled, 'the card lost its styles in the iframe', { timeout: 3000 });
      // It still changes content there, and its error box is styled too.
      card.setAttribute('article', 'no-such-news');
      await waitUntil(() => card.shadowRoot!.querySelector('[part~="error"]'), 'no error box in the iframe', { timeout: 3000 });
      await waitUntil(() => frame.contentWindow!.getComputedStyle(card.shadowRoot!.querySelector('[part~="error"]')!).borderInlineStartWidth === '4px', 'the error box is unstyled in the iframe', { timeout: 3000 });
      // And back home.
      document.body.append(document.adoptNode(card));
      card.setAttribute('article', 'iom-unodc-partnership-2024');
      await waitUntil(() => card.shadowRoot!.querySelector('[part~="card"]'), 'the card did not come back', { timeout: 3000 });
      expect(border()).to.equal(styled);
      expect(uncaught).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
      warnings.restore();
      card.remove();
    }
  });
});
