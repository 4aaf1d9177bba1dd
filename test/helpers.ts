/**
 * Shared test helpers: waiting for a widget to settle, reading what it shows, and watching the
 * console.
 */
import { waitUntil } from '@open-wc/testing';
import type { IomElement } from '../src/core/base-element.js';

export type Widget = IomElement<unknown>;

/** Resolves once the widget shows content or an error (not the loading placeholder). */
export const settled = async <T extends HTMLElement>(element: T, timeout = 5000): Promise<T> => {
  await waitUntil(
    () => element.shadowRoot?.querySelector('[part~="base"]') && !element.shadowRoot.querySelector('[part~="loading"]'),
    `${element.localName} did not settle`,
    { timeout },
  );
  await (element as unknown as Widget).updateComplete;
  return element;
};

/** The element's shadow DOM query, failing loudly when absent. */
export const part = (element: HTMLElement, selector: string): HTMLElement => {
  const found = element.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`${element.localName}: nothing matches ${selector}`);
  return found;
};

/** The visible text of a shadow DOM node, white space collapsed. */
export const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Records console.warn calls until `restore()`. */
export const watchWarnings = () => {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore: () => {
      console.warn = original;
    },
  };
};

type ErrorEvent = CustomEvent<{ code: string; message: string; attribute?: string; value?: string }>;

/** Collects the `iom-error` events that reach the document until `stop()`. */
export const collectErrors = () => {
  const events: ErrorEvent[] = [];
  const listener = (event: Event) => events.push(event as ErrorEvent);
  document.addEventListener('iom-error', listener);
  return Object.assign(events, { stop: () => document.removeEventListener('iom-error', listener) });
};

/**
 * Axe with every WCAG 2.0–2.2 A and AA rule, including `target-size` (24 × 24 px), which axe
 * leaves off by default.
 */
export const expectWcag22 = async (element: Element) => {
  const { expect } = await import('@open-wc/testing');
  await expect(element).to.be.accessible(); // also loads axe into the page
  const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
  const results = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: { 'target-size': { enabled: true } },
    resultTypes: ['violations'],
  });
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => String(node.target)).join(' | ')}`)).to.deep.equal([]);
};

/** How {@link openFrame} shows a page: its size, and for a sandboxed frame its `sandbox` tokens. */
export interface FrameOptions {
  readonly width?: number;
  readonly height?: number;
  /** `sandbox` without `allow-scripts` runs no script at all. */
  readonly sandbox?: string;
  readonly title?: string;
}

/**
 * Opens a page in an iframe and resolves once it has loaded: by address (`src`) or as a whole
 * document (`srcdoc`).
 */
export const openFrame = async (
  page: { readonly src: string } | { readonly srcdoc: string },
  { width = 800, height = 600, sandbox, title }: FrameOptions = {},
): Promise<HTMLIFrameElement> => {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  if (title) frame.title = title;
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  if ('src' in page) frame.src = page.src;
  else frame.srcdoc = page.srcdoc;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
};

/** What {@link looks} reads of each element of a widget's shadow root. */
const lookedAt = [
  'color', 'background-color', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing',
  'text-transform', 'text-align', 'white-space', 'display', 'margin-top', 'margin-left', 'padding-top',
  'padding-left', 'border-top-width', 'border-top-style', 'box-sizing', 'fill', 'fill-opacity', 'stroke', 'stroke-width',
];

/**
 * What the widgets of a page in a frame look like, as text: each one's size, and the computed
 * style of every element of its shadow root (but the `<style>` and `<link>` that carry styles).
 */
export const looks = (frame: HTMLIFrameElement): string[] => {
  const view = frame.contentWindow!;
  const widgets = [...frame.contentDocument!.body.children].filter((node) => node.localName.startsWith('iom-'));
  return widgets.flatMap((widget) => {
    const { width, height } = widget.getBoundingClientRect();
    const elements = [...widget.shadowRoot!.querySelectorAll('*')].filter((element) => !['style', 'link'].includes(element.localName));
    return [
      `${widget.localName} size ${width}×${height}`,
      ...elements.flatMap((element, index) => {
        const style = view.getComputedStyle(element);
        return lookedAt.map((property) => `${widget.localName} ${index} <${element.localName}> ${property}: ${style.getPropertyValue(property)}`);
      }),
    ];
  });
};
