/**
 * What every iom-widgets element shares: its language, its theme, the loading / ready / error
 * states, the events, and the rule that nothing it is given can make it throw.
 */
import { LitElement, ReactiveElement, adoptStyles, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../i18n/msg.js';
import type { Feed } from '../data/schema.js';
import type { Issue } from '../data/rules.js';
import { WidgetProblem } from './problem.js';
import { ContentError } from '../data/content-api.js';
import { loadLocale, runInLocale, sourceLocale, type Locale, type MessageGroup } from '../i18n/localization.js';
import { registeredHydration } from './hydration.js';
import { formattingLocale, negotiateLocale, requestedLanguage, watchLanguage } from './language.js';
import { langIfOther } from './localized-text.js';
import { IomReadyEvent } from './events.js';
import { VERSION } from './version.js';
import { tokens } from './tokens.js';

export { WidgetProblem, type ProblemCode, type ProblemFacts } from './problem.js';

export type Status = 'loading' | 'ready' | 'error';
const themes = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof themes)[number];

/** The levels a widget's main heading can have (`heading-level`). */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

type ProblemView = typeof import('./problem-view.js');

/**
 * On a page that loaded the hydration support (src/hydrate.ts) before the library, LitElement with
 * the steps of hydrating a prerendered shadow root (src/core/hydration.ts); else `undefined`.
 */
const hydratingElement = registeredHydration()?.(LitElement, ReactiveElement);

/**
 * The base class of every iom-widgets element.
 *
 * Subclasses list the properties that choose their content in `contentProperties`, pick that
 * content in `selectContent()` (throwing a {@link WidgetProblem} when they cannot), and draw it
 * in `renderContent()`.
 *
 * @attr data-iom-content-api - Address of the content API to read built-in records from, on the widget or any ancestor (the closest wins); by default the one beside the library.
 *
 * @cssprop [--iom-accent=#0033a0] - Accent colour: links, buttons, markers, figures, the card's edge, the map's countries.
 * @cssprop [--iom-accent-dark=#9ec1ff] - The accent colour in the dark theme.
 * @cssprop [--iom-color-text=#1b1f24] - Text colour.
 * @cssprop [--iom-color-text-dark=#f1f4f9] - Text colour in the dark theme.
 * @cssprop [--iom-color-muted=#4b5563] - Colour of secondary text (dates, places, roles).
 * @cssprop [--iom-color-muted-dark=#c3cad6] - Colour of secondary text in the dark theme.
 * @cssprop [--iom-color-surface=#fff] - Background of the widget.
 * @cssprop [--iom-color-surface-dark=#121826] - Background of the widget in the dark theme.
 * @cssprop [--iom-color-subtle=#f2f5fb] - Background of quieter areas: figures, the map's sea.
 * @cssprop [--iom-color-subtle-dark=#1d2536] - Background of quieter areas in the dark theme.
 * @cssprop [--iom-color-border=#8a96aa] - Border colour.
 * @cssprop [--iom-color-border-dark=#6b778c] - Border colour in the dark theme.
 * @cssprop [--iom-color-danger=#a4161a] - Colour of the error message's frame and icon.
 * @cssprop [--iom-color-danger-dark=#ffb4ab] - Colour of the error message's frame and icon in the dark theme.
 * @cssprop [--iom-radius=0.5rem] - Corner radius.
 * @cssprop [--iom-space=1rem] - Base spacing.
 * @cssprop [--iom-font-family=inherit] - Font family; the host page's by default.
 * @cssprop [--iom-font-size=1rem] - Base font size; the other sizes scale with it.
 * @cssprop [--iom-focus-ring=3px solid var(--iom-accent)] - Outline of whatever has keyboard focus.
 */
export abstract class IomElement<Content> extends (hydratingElement ?? LitElement) {
  static readonly version = VERSION;

  static override styles = [tokens];

  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    src: { reflect: true },
    theme: { reflect: true },
    status: { state: true },
    content: { state: true },
  };

  /** Properties whose change means the content must be picked again. */
  protected declare static contentProperties: readonly string[];

  /** The groups of UI strings the element shows: its own (which include the core's). */
  protected declare static messageGroups: readonly MessageGroup[];

  /**
   * The language to show, as a BCP 47 tag (`it`, `en`, `it-CH`). When absent, the closest
   * ancestor's `lang` applies, then `<html lang>`; unsupported languages fall back to English.
   */
  declare lang: string;

  /** URL of a JSON feed to take the content from instead of the built-in records. */
  declare src: string | undefined;

  /** Colour theme: `light` (default), `dark`, or `auto` to follow the reader's system. */
  declare theme: Theme | undefined;

  /** Loading, ready or error. */
  protected declare status: Status;

  /** The content being shown, once ready. */
  protected declare content: Content | undefined;

  /** What validation left out of the `src` feed, for widgets that tell the reader where. */
  protected feedIssues: readonly Issue[] = [];

  /** The supported locale in use (`en`, `it`). */
  protected locale: Locale = sourceLocale;

  /** The locale Intl formats with, which keeps the page's region (`it-CH`). */
  protected intlLocale = 'en-GB';

  /** The language asked for, as written in the page (prerendering, src/render/, sets it). */
  protected languageTag = '';

  #problem: WidgetProblem | undefined;
  /** Ignored attribute values and partly usable feeds, by attribute: shown as notes. */
  #notices = new Map<string, WidgetProblem>();
  /** Problems not yet announced (`iom-error` and the console): that waits for the view. */
  #unannounced: WidgetProblem[] = [];
  #view: ProblemView | undefined;
  #viewLoading: Promise<void> | undefined;
  #announceReady = false;
  #broken = false;
  #loadTicket = 0;
  #feedRequest: AbortController | undefined;
  #contentLocale: Locale | undefined;
  #unwatchLanguage: (() => void) | undefined;

  constructor() {
    super();
    this.status = 'loading';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unwatchLanguage = watchLanguage(() => {
      if (requestedLanguage(this) !== this.languageTag) this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatchLanguage?.();
  }

  /**
   * Picks the content to show, from `feed` when `src` is set, else from the built-in records.
   * Throws (or rejects with) a {@link WidgetProblem} when it cannot.
   */
  protected abstract selectContent(feed: Feed | undefined): Promise<Content>;

  /** Draws the content. Called with `msg()` answering in the widget's language. */
  protected abstract renderContent(content: Content): TemplateResult;

  /**
   * The content API the widget reads records from: `data-iom-content-api` on it or on its
   * closest ancestor that has one, else `undefined` (the content API beside the library).
   */
  protected get contentApi(): string | undefined {
    return this.closest(`[${contentApiAttribute}]`)?.getAttribute(contentApiAttribute) ?? undefined;
  }

  /** What shows while a feed loads: by default an empty block that keeps the space. */
  protected renderLoading(): TemplateResult {
    return html`<div class="loading" part="loading" role="status">
      <span class="visually-hidden">${msg('Loading…')}</span>
    </div>`;
  }

  /**
   * A shadow root the page prerendered (`iom-widgets render`) is hydrated when the page has loaded
   * the hydration support (see hydratingElement). Without it, the widget renders afresh: the
   * prerendered markup goes first, or the widget would show its content twice.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!hydratingElement) this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  /** Resolves the language and loads its strings before each render. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.#takeLanguage(requestedLanguage(this));
    const stringsLoaded = this.#loadStrings();
    if (!stringsLoaded) return super.scheduleUpdate();
    if (this.hasUpdated) return stringsLoaded.then(() => super.scheduleUpdate());
    // The first render, the loading state, keeps the widget's space at once; the next (the
    // content) comes after this one's promise, so it waits for the strings.
    void super.scheduleUpdate();
    return stringsLoaded;
  }

  /** Takes `languageTag` (as the page writes it) as the widget's language: its locale, and the one Intl formats with. */
  #takeLanguage(languageTag: string): void {
    this.languageTag = languageTag;
    this.locale = negotiateLocale(languageTag, `<${this.localName}>`);
    this.intlLocale = formattingLocale(languageTag, this.locale);
  }

  /**
   * Loads the widget's strings in its locale, and the error box's once that is on its way;
   * nothing when they are loaded (English always). Should they fail to load, the widget shows
   * English.
   */
  #loadStrings(): Promise<unknown> | undefined {
    const groups = (this.constructor as typeof IomElement).messageGroups;
    const shown: readonly MessageGroup[] = this.#viewLoading ? [...groups, 'problems'] : groups;
    return loadLocale(this.locale, shown)?.catch(() => (this.locale = sourceLocale));
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.checkAttributes();
    const keys = (this.constructor as typeof IomElement).contentProperties;
    // Built-in content is downloaded per language, so a new language means picking it again.
    const stale = !this.hasUpdated || this.locale !== this.#contentLocale || changed.has('src') || keys.some((key) => changed.has(key));
    if (stale) void this.load();
  }

  /**
   * Checks, before each render, the attributes that shape how the content is shown: `theme`,
   * and a subclass's own (it calls this too). A value that is not allowed is ignored, with a
   * note (see {@link checkOption}).
   */
  protected checkAttributes(): void {
    this.checkOption('theme', this.theme, themes);
  }

  /**
   * Prerendering's way in (`iom-widgets render`, in Node, where the browser's lifecycle does not
   * run): takes `languageTag` as the widget's language and loads its strings, checks the
   * attributes and picks the content, as the first update does in the browser, without
   * rendering or telling the page anything. Then the widget is ready, and `render()` draws it.
   *
   * Resolves with the problems a reader would be shown (an unknown id, an ignored attribute
   * value; none when all is well): prerendering leaves such a widget to the browser, which shows
   * them. A widget with a `src` feed is left to the browser before this.
   */
  async prepareForServerRender(languageTag: string): Promise<readonly WidgetProblem[]> {
    this.#takeLanguage(languageTag);
    await this.#loadStrings();
    this.checkAttributes();
    await this.load();
    return [...this.#unannounced];
  }

  /** A widget that cannot render on this page at all stops updating (see update). */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return !this.#broken && super.shouldUpdate(changed);
  }

  /**
   * Renders (or hydrates a prerendered shadow root: see hydratingElement) with `msg()` in the
   * widget's own language. When the page cannot show a template at all (it refuses to clone one, or it is
   * XHTML), the widget says so once, without templates, and goes quiet: trying again would fail
   * again, without end.
   */
  protected override update(changed: PropertyValues): void {
    try {
      runInLocale(this.locale, () => super.update(changed));
    } catch (error) {
      this.#broken = true;
      void import('./problem-view.js').then((view) => view.showBroken(this, unexpected(error), this.locale));
    }
  }

  protected override render(): TemplateResult {
    const view = this.#view;
    let body: TemplateResult | typeof nothing;
    try {
      body =
        this.status === 'ready'
          ? this.renderContent(this.content as Content)
          : this.#problem && view
            ? view.problemTemplate(this.#problem)
            : this.renderLoading();
    } catch (error) {
      // The content cannot be drawn (a formatter that throws, say): the widget shows the error
      // instead, and the outcome is that error, not `iom-ready`.
      const problem = unexpected(error);
      this.#announceReady = false;
      this.#fail(problem);
      body = view ? view.problemTemplate(problem) : nothing;
    }
    return html`<div class="base" part="base" lang=${ifDefined(langIfOther(this.locale, this.languageTag))}>
      ${body}${view?.noticesTemplate(this.#notices)}
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#unannounced.length) this.#showProblems();
    if (this.#announceReady && this.status === 'ready') {
      this.#announceReady = false;
      this.dispatchEvent(new IomReadyEvent());
    }
  }

  /**
   * `value` (the id given in `attribute`), trimmed; throws the "missing attribute" problem when
   * it is empty. The error box words it (see problem-table.ts).
   */
  protected requireId(attribute: string, value: string | undefined): string {
    const id = value?.trim();
    if (!id) throw new WidgetProblem({ code: 'missing-attribute', attribute, value: value ?? '' });
    return id;
  }

  /** The "unknown id" problem for the id in `attribute`, worded by the error box. */
  protected unknownId(attribute: string, id: string): WidgetProblem {
    return new WidgetProblem({ code: 'unknown-id', attribute, value: id });
  }

  /**
   * Checks an enumerated attribute. An unknown value is ignored: the default applies, and the
   * widget says so (visible note, `iom-error`, one console warning).
   */
  protected checkOption<T extends string>(attribute: string, value: string | null | undefined, allowed: readonly T[]): T | undefined {
    return this.checkValue(attribute, value, (text) => allowed.includes(text as T), allowed.join(', ')) as T | undefined;
  }

  /** Checks a whole-number attribute between 1 and `max`; anything else is ignored with a note. */
  protected checkCount(attribute: string, value: string | null | undefined, max: number): number | undefined {
    const isCount = (text: string) => /^\s*\d+\s*$/.test(text) && Number(text) >= 1 && Number(text) <= max;
    const count = this.checkValue(attribute, value, isCount, `a whole number from 1 to ${max}`);
    return count === undefined ? undefined : Number(count);
  }

  /**
   * Checks an attribute's value with `isValid`. A value it refuses is ignored, with a note, an
   * `iom-error` and one console warning, which says what the attribute takes (`expected`).
   */
  protected checkValue(attribute: string, value: string | null | undefined, isValid: (value: string) => boolean, expected: string): string | undefined {
    if (value === null || value === undefined || isValid(value)) {
      this.#notices.delete(attribute);
      return value ?? undefined;
    }
    // `detail` holds what was expected; the error view words the console message.
    if (this.#notices.get(attribute)?.value !== value) this.#notice(attribute, new WidgetProblem({ code: 'invalid-attribute', attribute, value, detail: expected }));
    return undefined;
  }

  /** A note about `attribute`, shown under the content (and announced). */
  #notice(attribute: string, problem: WidgetProblem): void {
    this.#notices.set(attribute, problem);
    this.report(problem);
  }

  /**
   * Picks the content again: from the built-in records, or from `src` once it has loaded. A
   * newer call supersedes an older one still under way.
   */
  protected async load(): Promise<void> {
    const ticket = ++this.#loadTicket;
    // The feed asked for before, if still on its way, is no longer wanted.
    this.#feedRequest?.abort();
    this.#contentLocale = this.locale;
    // The problem found before no longer holds: the error box makes way for the loading state,
    // and the problem is not announced if it has not been yet (the error box may still be on
    // its way), so nothing of it comes after the content it gave way to.
    this.#unannounced = this.#unannounced.filter((problem) => problem !== this.#problem);
    this.#problem = undefined;
    if (this.status === 'error') this.status = 'loading';
    this.#notices.delete('src');
    this.feedIssues = [];
    const src = this.src?.trim();
    try {
      let feed: Feed | undefined;
      if (src) {
        this.status = 'loading';
        const request = (this.#feedRequest = new AbortController());
        const result = await (await import('./feed-source.js')).readFeed(src, request.signal);
        if (ticket !== this.#loadTicket) return;
        this.feedIssues = result.issues;
        if (result.partial) this.#notice('src', result.partial);
        feed = result.feed;
      }
      const content = await this.selectContent(feed);
      if (ticket !== this.#loadTicket) return;
      this.content = content;
      this.status = 'ready';
      this.#announceReady = true;
    } catch (error) {
      if (ticket !== this.#loadTicket) return;
      this.#fail(this.problemOf(error));
    }
  }

  /**
   * What went wrong, as a problem to report: a {@link WidgetProblem} as it is; a content API that
   * could not be read with the attribute that names it, if one does; anything else as unexpected.
   */
  protected problemOf(error: unknown): WidgetProblem {
    if (error instanceof WidgetProblem) return error;
    if (!(error instanceof ContentError)) return unexpected(error);
    const api = this.contentApi;
    return new WidgetProblem({ code: error.code, attribute: api === undefined ? undefined : contentApiAttribute, value: api, detail: error.message });
  }

  #fail(problem: WidgetProblem): void {
    this.#problem = problem;
    this.content = undefined;
    this.status = 'error';
    this.report(problem);
  }

  /**
   * Shows, sends as `iom-error` and writes to the console what went wrong, after the next
   * render (see #showProblems).
   */
  protected report(problem: WidgetProblem): void {
    this.#unannounced.push(problem);
    // Within an update (or before the first) this asks nothing: that update's end announces it.
    this.requestUpdate();
  }

  /**
   * Announces the problems reported, once their message can be shown: the first loads the
   * error view (and its styles and strings), and renders again with it.
   */
  #showProblems(): void {
    if (this.#view) {
      this.#view.announce(this, this.#unannounced.splice(0), this.locale);
      return;
    }
    this.#viewLoading ??= import('./problem-view.js').then((view) => {
      this.#view = view;
      this.#adoptStyles();
      this.requestUpdate();
    });
  }

  /** Moved into another document (an iframe's, say): its styles must be made there anew. */
  adoptedCallback(): void {
    this.#adoptStyles();
  }

  /**
   * The element's styles (and the error box's, once loaded) on its shadow root. A document
   * accepts only style sheets made for it: in another one than this code's, they are made anew.
   */
  #adoptStyles(): void {
    const root = this.renderRoot as ShadowRoot;
    const styles = [...(this.constructor as typeof LitElement).elementStyles, ...(this.#view ? [this.#view.problemStyles] : [])];
    if (root.ownerDocument === document) adoptStyles(root, styles);
    else void import('./foreign-styles.js').then(({ adoptStylesIn }) => adoptStylesIn(root, styles));
  }

  /** Also waits for the error box, so `await el.updateComplete` sees what the reader sees. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this.#viewLoading || this.#view) return complete;
    await this.#viewLoading;
    return super.getUpdateComplete();
  }
}

/** The attribute that points a widget, or every widget inside an element, at another content API. */
const contentApiAttribute = 'data-iom-content-api';

/** An error nobody foresaw, kept for the console; readers get a general message. */
const unexpected = (error: unknown): WidgetProblem =>
  new WidgetProblem({ code: 'internal', detail: error instanceof Error ? error.message : String(error) });
