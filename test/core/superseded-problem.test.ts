/**
 * A problem that a newer property value supersedes: a widget that failed (no `article`, say) is
 * given what it lacked, as an app does when its data arrives just after the tag is rendered.
 * Whenever that happens (after the error box shows, while it loads, or from the `iom-error`
 * listener), the reader sees the new content and nothing after it of the old problem: no error
 * box, no `iom-error`, no console message, no exception.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../../src/elements/news-card/define.js';
import type { IomNewsCard } from '../../src/elements/news-card/news-card.js';
import { openFrame, settled, text } from '../helpers.js';

const article = 'iom-unodc-partnership-2024';

/**
 * Records, in order, what a widget in a page shows (each change of its error box or title, as the reader
 * sees it) and tells (`iom-error`, `iom-ready`), what its window's console warns or errs, and
 * what is thrown there, until `stop()`.
 */
const journal = (widget: HTMLElement) => {
  const view = widget.ownerDocument.defaultView! as Window & typeof globalThis;
  const entries: string[] = [];
  let shown = '';
  const look = () => {
    const root = widget.shadowRoot;
    const now = root?.querySelector('[part~="error"]')
      ? `error box: ${text(root.querySelector('[part~="error"]'))}`
      : root?.querySelector('[part~="title"]')
        ? `title: ${text(root.querySelector('[part~="title"]'))}`
        : '';
    if (now && now !== shown) entries.push((shown = now));
  };
  const observer = new view.MutationObserver(look);
  observer.observe(widget.shadowRoot!, { childList: true, subtree: true, characterData: true });
  // An event follows the render it announces: what that render shows comes first.
  const onError = (event: Event) => {
    look();
    entries.push(`iom-error: ${(event as CustomEvent<{ code: string }>).detail.code}`);
  };
  const onReady = () => {
    look();
    entries.push('iom-ready');
  };
  const onUncaught = (event: ErrorEvent | PromiseRejectionEvent) => entries.push(`uncaught: ${'reason' in event ? event.reason : event.message}`);
  widget.addEventListener('iom-error', onError);
  widget.addEventListener('iom-ready', onReady);
  view.addEventListener('error', onUncaught);
  view.addEventListener('unhandledrejection', onUncaught);
  const { warn, error } = view.console;
  view.console.warn = (...args: unknown[]) => entries.push(`console.warn: ${args.join(' ')}`);
  view.console.error = (...args: unknown[]) => entries.push(`console.error: ${args.join(' ')}`);
  return Object.assign(entries, {
    stop: () => {
      look();
      observer.disconnect();
      widget.removeEventListener('iom-error', onError);
      widget.removeEventListener('iom-ready', onReady);
      view.removeEventListener('error', onUncaught);
      view.removeEventListener('unhandledrejection', onUncaught);
      Object.assign(view.console, { warn, error });
    },
  });
};

/** What the journal must hold once the article is given: its title, then `iom-ready`, nothing else. */
const recovered = (entries: readonly string[]) => {
  const shortened = entries.map((entry) => (entry.startsWith('title: IOM and UNODC') ? 'title: IOM and UNODC…' : entry));
  expect(shortened).to.deep.equal(['title: IOM and UNODC…', 'iom-ready']);
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a problem superseded by a new property value', () => {
  it('given the article after its error box shows: the card shows the article, and nothing of the error after it', async () => {
    const card = await fixture<IomNewsCard>(html`<iom-news-card></iom-news-card>`);
    const warn = console.warn;
    console.warn = () => {};
    try {
      await settled(card);
    } finally {
      console.warn = warn;
    }
    expect(text(card.shadowRoot!.querySelector('[part~="error"]'))).to.include('No news item was chosen');
    const entries = journal(card);
    try {
      card.article = article;
      await oneEvent(card, 'iom-ready');
      await sleep(300);
    } finally {
      entries.stop();
    }
    recovered(entries);
  });

  it('given the article from its iom-error listener: the same', async () => {
    const card = document.createElement('iom-news-card') as IomNewsCard;
    card.addEventListener('iom-error', () => (card.article = article), { once: true });
    // The event comes from the card's `updated()`; setting a property there is what Lit's
    // development build warns about (https://lit.dev/msg/change-in-update), which apps' production
    // builds do not. That warning is Lit's; every other message is the card's.
    const elementClass = customElements.get('iom-news-card') as unknown as typeof ReactiveElement;
    elementClass.disableWarning?.('change-in-update');
    document.body.append(card);
    const entries = journal(card);
    try {
      await waitUntil(() => entries.includes('iom-ready'), `no iom-ready: ${entries.join('; ')}`, { timeout: 5000 });
      await sleep(300);
    } finally {
      entries.stop();
      card.remove();
      elementClass.enableWarning?.('change-in-update');
    }
    const given = entries.indexOf('iom-error: missing-attribute');
    expect(given, entries.join('; ')).to.be.at.least(0);
    recovered(entries.slice(given + 1));
  });

  it('given the article while its error box is still loading, in a page that has not loaded it yet: the same', async () => {
    // A frame has its own modules: there, the error box is not loaded until a widget needs it.
    const frame = await openFrame({ srcdoc: '<!doctype html><html lang="en"><title>Late article</title><body></body></html>' });
    const other = frame.contentWindow as Window & typeof globalThis;
    const loaded = new Promise((resolve) => other.addEventListener('widgets-defined', resolve, { once: true }));
    const script = other.document.createElement('script');
    script.type = 'module';
    script.textContent = `import '${new URL('/src/elements/news-card/define.ts', location.href)}'; dispatchEvent(new Event('widgets-defined'));`;
    other.document.head.append(script);
    await loaded;
    const card = other.document.createElement('iom-news-card') as IomNewsCard;
    other.document.body.append(card);
    const entries = journal(card);
    try {
      // The card finds it has no article and starts loading its error box; then the app gives one.
      await sleep(0);
      card.article = article;
      await waitUntil(() => entries.includes('iom-ready'), `no iom-ready: ${entries.join('; ')}`, { timeout: 5000 });
      // Time for the error box to arrive, if it was still on its way.
      await sleep(1000);
    } finally {
      entries.stop();
      frame.remove();
    }
    recovered(entries);
  });
});
