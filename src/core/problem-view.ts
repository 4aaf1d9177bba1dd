/**
 * How a widget shows what went wrong: the error box and the notes about ignored attributes.
 * Loaded only when a widget has something to say, so pages where all is well never download it.
 */
import { adoptStyles, css, html, nothing, type LitElement, type TemplateResult } from 'lit';
import { msg } from '../i18n/msg.js';
import { loadLocale, runInLocale, type Locale } from '../i18n/localization.js';
import { IomErrorEvent } from './error-event.js';
import { consoleLine, eventDetail, readerMessage, redacted } from './problem-table.js';
import { WidgetProblem } from './problem.js';

export const problemStyles = css`
  :host {
    --_danger: light-dark(var(--iom-color-danger, #a4161a), var(--iom-color-danger-dark, #ffb4ab));
  }
  .problem {
    display: grid;
    gap: 0.25rem;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .problem-title {
    font-weight: 600;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875em;
  }
  .notice {
    margin: 0.5rem 0 0;
    padding: 0.25rem 0.5rem;
    font-size: 0.875rem;
    color: var(--_muted);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  @media (forced-colors: active) {
    .problem {
      border-color: CanvasText;
    }
  }
`;

/** The value as the box shows it: redacted, and cut short (the console has it whole). */
const shown = ({ attribute, value = '' }: WidgetProblem): string => {
  const safe = redacted(attribute, value);
  return safe.length > 80 ? `${safe.slice(0, 79)}…` : safe;
};

export const problemTemplate = (problem: WidgetProblem): TemplateResult => html`<div class="problem" part="error">
  <p class="problem-title">${msg('This content cannot be shown.')}</p>
  <p>${readerMessage(problem)}</p>
  ${problem.attribute ? html`<p><code>${problem.attribute}="${shown(problem)}"</code></p>` : nothing}
</div>`;

/** Notes about what was ignored, by attribute: attribute values, or the invalid parts of a feed. */
export const noticesTemplate = (notices: ReadonlyMap<string, WidgetProblem>): TemplateResult =>
  html`${[...notices.values()].map(
    (notice) => html`<p class="notice" part="notice">
      ${readerMessage(notice)} <code>${notice.attribute}="${shown(notice)}"</code>
    </p>`,
  )}`;

const warned = new WeakMap<Element, Set<string>>();

/**
 * Tells the page what went wrong: an `iom-error` event per problem, in the widget's language,
 * and one console warning per distinct problem and widget, naming the tag, attribute and value.
 */
export const announce = (element: HTMLElement, problems: readonly WidgetProblem[], locale: Locale): void => {
  let said = warned.get(element);
  if (!said) warned.set(element, (said = new Set()));
  const feed = element.getAttribute('src')?.trim() || undefined;
  for (const problem of problems) {
    const warning = `<${element.localName}>: ${consoleLine(problem, { feed })}`;
    if (!said.has(warning)) {
      said.add(warning);
      console.warn(warning);
    }
    const message = runInLocale(locale, () => readerMessage(problem));
    element.dispatchEvent(new IomErrorEvent(eventDetail(problem, message)));
  }
};

/** Whether the page's author put content of their own inside the tag (hidden elements do not count). */
const hasFallback = (element: HTMLElement): boolean =>
  [...element.childNodes].some((node) =>
    node instanceof HTMLElement ? !node.hidden : node.nodeType === Node.TEXT_NODE && /\S/.test(node.textContent ?? ''),
  );

/**
 * For a widget that cannot render any template on this page: shows, with plain DOM, the
 * author's fallback content (a slot for the tag's own children) or, while there is none, the
 * error message; and tells the page once.
 */
export const showBroken = async (element: LitElement, problem: WidgetProblem, locale: Locale): Promise<void> => {
  const type = element.ownerDocument.contentType;
  if (type !== 'text/html') {
    problem = new WidgetProblem({
      code: 'internal',
      detail: `cannot render in an XHTML document (${type}), whose parser refuses the HTML of its templates; its fallback content stays in place`,
    });
  }
  await loadLocale(locale, ['problems'])?.catch(() => undefined);
  const paragraph = (className: string, words: string) => Object.assign(document.createElement('p'), { className, textContent: words });
  const box = document.createElement('div');
  box.className = 'problem';
  box.setAttribute('part', 'error');
  runInLocale(locale, () => box.append(paragraph('problem-title', msg('This content cannot be shown.')), paragraph('', readerMessage(problem))));
  const base = document.createElement('div');
  base.className = 'base';
  base.setAttribute('part', 'base');
  base.append(box);
  // The tag's children may still be arriving from the parser: the slot says when they come.
  const slot = document.createElement('slot');
  const showMessageUnlessFallback = () => (base.hidden = hasFallback(element));
  slot.addEventListener('slotchange', showMessageUnlessFallback);
  const root = element.renderRoot as ShadowRoot;
  adoptStyles(root, [...(element.constructor as typeof LitElement).elementStyles, problemStyles]);
  root.replaceChildren(slot, base);
  showMessageUnlessFallback();
  announce(element, [problem], locale);
};
