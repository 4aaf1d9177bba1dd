/**
 * Prerendered test pages (test/server/prerender.mjs) in frames: their addresses, the widget in
 * them, what hydration did (test/fixtures/pages/hydration-watch.js), and the Content Security
 * Policy violations they reported.
 */
import { waitUntil } from '@open-wc/testing';
import { openFrame } from './helpers.js';

/** What test/fixtures/pages/hydration-watch.js records. */
export interface Watch {
  shifts: number[];
  messages: string[];
  ready: number;
  before: (HTMLElement | null)[];
  texts: (string | null)[];
}

/** Variants of a prerendered test page (see test/server/prerender.mjs). */
export interface PageVariant {
  /** `false`: the page as it is before prerendering. */
  readonly render?: boolean;
  /** Served with the strict Content Security Policy, reporting its violations under this id. */
  readonly csp?: string;
  /** Prerendered with `--styles inline`. */
  readonly styles?: 'inline';
  /** Loads a copy of cdn/ whose style sheets take 1.5 s to arrive. */
  readonly slowStyles?: boolean;
  /** As another version of the library would have prerendered it. */
  readonly stale?: boolean;
  /** The tag in a paragraph, as WordPress puts a tag on a line of its own. */
  readonly wrap?: 'p';
  /** With a partner's own Lit element before the widget, server-rendered (test/server/partner.mjs). */
  readonly partner?: boolean;
  /** `false`: prerendered with `--no-hydrate`, and the page loads no hydration support. */
  readonly hydrate?: boolean;
}

export const pagePath = (widget: string, lang: string, { render = true, csp, styles, slowStyles, stale, wrap, partner, hydrate = true }: PageVariant = {}) =>
  `/test-prerender/${widget}.html?lang=${lang}${render ? '' : '&render=0'}${csp ? `&csp=${csp}` : ''}` +
  `${styles ? `&styles=${styles}` : ''}${slowStyles ? '&slow-styles=1' : ''}${stale ? '&stale=1' : ''}${wrap ? `&wrap=${wrap}` : ''}${partner ? '&partner=1' : ''}${hydrate ? '' : '&hydrate=0'}`;

/** Opens a page in an iframe 760 px wide; `sandbox` without `allow-scripts` runs no script at all. */
export const openPage = (path: string, sandbox?: string): Promise<HTMLIFrameElement> =>
  openFrame({ src: path }, { width: 760, height: 900, sandbox });

/** The page's widget (at the top of its body, or in a paragraph). */
export const widgetIn = (frame: HTMLIFrameElement): HTMLElement =>
  [...frame.contentDocument!.body.querySelectorAll<HTMLElement>('*')].find((element) => element.localName.startsWith('iom-'))!;
export const baseOf = (widget: HTMLElement) => widget.shadowRoot?.querySelector<HTMLElement>('[part~="base"]') ?? null;
export const watchOf = (frame: HTMLIFrameElement) => (frame.contentWindow as Window & { hydration: Watch }).hydration;

export const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Resolves once a widget rendered in the browser shows its content and has said so. */
export const shown = async (frame: HTMLIFrameElement) => {
  const widget = widgetIn(frame);
  await waitUntil(
    () => watchOf(frame).ready > 0 && baseOf(widget) && !widget.shadowRoot!.querySelector('[part~="loading"]'),
    `${widget.localName} did not show its content`,
    { timeout: 5000 },
  );
  await frames();
  return widget;
};

/** The paths of the files the page in the frame has loaded. */
export const loadedBy = (frame: HTMLIFrameElement): string[] =>
  frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

let reports = 0;
/** A new id for a page's violation reports. */
export const reportId = (): string => `page-${Date.now()}-${(reports += 1)}`;

/**
 * The Content Security Policy violations a page served with `csp: id` has reported (as
 * `directive: blocked`), once one of its own making has arrived: an image from another origin,
 * which the policy's img-src blocks, added after everything else. That one is left out.
 */
export const violationsOf = async (frame: HTMLIFrameElement, id: string): Promise<string[]> => {
  const image = frame.contentDocument!.createElement('img');
  image.alt = '';
  image.src = 'https://example.invalid/last.png';
  frame.contentDocument!.body.append(image);
  let received: string[] = [];
  await waitUntil(
    async () => {
      received = (await (await fetch(`/test-csp-reports/${id}`)).json()) as string[];
      return received.some((report) => report.startsWith('img-src'));
    },
    'the page reported no violation, not even the image from elsewhere',
    { timeout: 5000 },
  );
  return received.filter((report) => !report.startsWith('img-src'));
};
