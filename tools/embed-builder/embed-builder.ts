import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { tokens } from '../../src/core/tokens.js';
import { VERSION } from '../../src/core/version.js';
import { copyText } from '../../src/elements/contact-box/copy.js';
import type { ContentLanguage } from '../../src/data/content-api.js';
import { fallbackItems, recordChoices } from './records.js';
import { loaderElement, loaderUrl, snippetText, widgetElement } from './snippet.js';
import { hintElements, type ElementChunks } from './page-hints.js';
import { commonFields, widgets, type Choice, type Field, type RecordKind, type WidgetSpec } from './widgets.js';

const recordKinds: readonly RecordKind[] = ['news', 'partnerships', 'projects', 'contacts', 'organizations'];

/**
 * The embed-code builder for CMS authors: pick a widget, its content and options, see the real
 * widget, and copy the code to paste into an HTML block (the loader's script tag with its
 * integrity hash, and the widget's tag with a fallback link inside).
 *
 * The preview is the widget's tag itself, in the builder's light DOM (slot `preview`), so the
 * page's loader (`cdn/loader.js`) defines it as it would on the author's page.
 *
 * @attr integrity-src - The address of the build's `cdn/integrity.json`, for the loader's integrity hash.
 * @attr version - The library version the code loads from the CDN (default: this build's).
 *
 * @slot preview - Where the builder puts the previewed widget; made by the builder.
 */
export class EmbedCodeBuilder extends LitElement {
  static override properties = {
    integritySrc: { attribute: 'integrity-src' },
    version: {},
    widget: { state: true },
    values: { state: true },
    choices: { state: true },
    snippet: { state: true },
    feedback: { state: true },
    integrityMissing: { state: true },
  };

  /** The address of the build's `cdn/integrity.json`, read for the loader's integrity hash. */
  declare integritySrc: string | undefined;
  /** The library version the snippet loads from the CDN. */
  declare version: string;
  private declare widget: WidgetSpec;
  private declare values: Readonly<Record<string, string>>;
  private declare choices: Partial<Record<RecordKind, Choice[]>>;
  private declare snippet: string;
  private declare feedback: string;
  private declare integrityMissing: boolean;

  private integrity: Promise<string | undefined> = Promise.resolve(undefined);
  /** The chunks of each element, from cdn/element-chunks.json beside `integrity-src`. */
  private elementChunks: Promise<ElementChunks> = Promise.resolve({});
  private refreshes = 0;
  private readonly preview = document.createElement('div');

  constructor() {
    super();
    this.version = VERSION;
    this.widget = widgets[0]!;
    this.values = {};
    this.choices = {};
    this.snippet = '';
    this.feedback = '';
    this.integrityMissing = false;
    this.preview.slot = 'preview';
    this.preview.className = 'embed-code-builder-preview';
  }

  /** The code to paste, exactly as shown (empty until the builder has loaded its data). */
  get code(): string {
    return this.snippet;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.preview.isConnected) this.append(this.preview);
    if (!Object.keys(this.choices).length) void this.loadChoices();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('integritySrc')) {
      this.integrity = this.loadIntegrity();
      this.elementChunks = this.loadElementChunks();
    }
    if (changed.has('integritySrc') || changed.has('version')) void this.refresh();
  }

  private async loadChoices(): Promise<void> {
    const lists = await Promise.all(recordKinds.map(recordChoices));
    this.choices = Object.fromEntries(recordKinds.map((kind, index) => [kind, lists[index]]));
    this.selectWidget(this.widget);
  }

  /** The build's cdn/element-chunks.json, beside its integrity.json; without it, hints name the element's module alone. */
  private async loadElementChunks(): Promise<ElementChunks> {
    if (!this.integritySrc) return {};
    try {
      const response = await fetch(new URL('element-chunks.json', new URL(this.integritySrc, document.baseURI)));
      return response.ok ? ((await response.json()) as ElementChunks) : {};
    } catch {
      return {};
    }
  }

  private async loadIntegrity(): Promise<string | undefined> {
    this.integrityMissing = false;
    if (!this.integritySrc) return undefined;
    try {
      const response = await fetch(new URL(this.integritySrc, document.baseURI));
      const hashes = response.ok ? ((await response.json()) as Record<string, unknown>) : {};
      const hash = hashes['loader.js'];
      if (typeof hash === 'string') return hash;
    } catch {
      // Reported below, like a file without the loader's hash.
    }
    this.integrityMissing = true;
    return undefined;
  }

  /** Shows `spec`, keeping the language and theme, with its own fields at their defaults. */
  private selectWidget(spec: WidgetSpec): void {
    const values: Record<string, string> = {};
    for (const field of commonFields) values[field.attribute] = this.values[field.attribute] ?? '';
    for (const field of spec.fields) values[field.attribute] = this.initialValue(field);
    this.widget = spec;
    this.values = values;
    void this.refresh();
  }

  private initialValue(field: Field): string {
    return field.records && !field.any ? (this.choices[field.records]?.[0]?.value ?? '') : '';
  }

  private fieldChoices(field: Field): readonly Choice[] {
    if (!field.records) return field.choices ?? [];
    const records = this.choices[field.records] ?? [];
    return field.any ? [{ value: '', label: field.any }, ...records] : records;
  }

  /** Rebuilds the snippet and the preview from the current choices; the latest call wins. */
  private async refresh(): Promise<void> {
    const run = ++this.refreshes;
    if (!Object.keys(this.choices).length) return;
    const spec = this.widget;
    const attributes = [...spec.fields, ...commonFields].map((field) => [field.attribute, this.values[field.attribute] ?? ''] as const);
    const language = (this.values['lang'] || 'en') as ContentLanguage;
    const [fallback, integrity, chunks] = await Promise.all([
      fallbackItems(spec.tag, Object.fromEntries(attributes), language),
      this.integrity,
      this.elementChunks,
    ]);
    if (run !== this.refreshes) return;
    const widget = widgetElement({ tag: spec.tag, attributes, fallback });
    const loaderAddress = loaderUrl(this.version);
    const loader = loaderElement(loaderAddress, integrity);
    const hints = hintElements(widget, new URL(loaderAddress), chunks, spec.firstDocuments);
    this.snippet = snippetText(loader, widget, hints);
    this.feedback = '';
    this.preview.replaceChildren(document.importNode(widget, true));
  }

  private onChange(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    if (control.name === 'widget') {
      const spec = widgets.find((candidate) => candidate.tag === control.value);
      if (spec) this.selectWidget(spec);
      return;
    }
    this.values = { ...this.values, [control.name]: control.value };
    void this.refresh();
  }

  private async copy(): Promise<void> {
    const done = await copyText(this.snippet, this.renderRoot as ShadowRoot);
    // Cleared first, so that saying the same thing twice is announced twice.
    this.feedback = '';
    await this.updateComplete;
    if (done) {
      this.feedback = 'Copied. Paste the code into an HTML block of your page.';
      return;
    }
    const code = this.renderRoot.querySelector('textarea')!;
    code.focus();
    code.select();
    this.feedback = 'Copying is not possible here. The code is selected: copy it with Ctrl+C (⌘C on a Mac).';
  }

  private renderField(field: Field): TemplateResult {
    const id = `field-${field.attribute}`;
    const value = this.values[field.attribute] ?? '';
    return html`<div class="field">
      <label for=${id}>${field.label} <code>${field.attribute}</code></label>
      <select id=${id} name=${field.attribute}>
        ${this.fieldChoices(field).map(
          (choice) =>
            html`<option value=${choice.value} lang=${ifDefined(choice.lang)} ?selected=${choice.value === value}>
              ${choice.label}
            </option>`,
        )}
      </select>
    </div>`;
  }

  protected override render(): TemplateResult {
    return html`<div class="builder">
      <form @change=${this.onChange} @submit=${(event: Event) => event.preventDefault()}>
        <fieldset class="widgets">
          <legend>Widget</legend>
          ${widgets.map(
            (spec) =>
              html`<label class="choice">
                <input type="radio" name="widget" value=${spec.tag} .checked=${spec === this.widget} />
                ${spec.label}
              </label>`,
          )}
        </fieldset>
        <fieldset class="options">
          <legend>Content and options of the ${this.widget.label.toLowerCase()}</legend>
          ${[...this.widget.fields, ...commonFields].map((field) => this.renderField(field))}
        </fieldset>
      </form>
      <section class="preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">Preview</h2>
        <slot name="preview"></slot>
      </section>
      <section class="code" aria-labelledby="code-heading">
        <h2 id="code-heading">Code to paste</h2>
        <p id="code-help">
          Paste it into an HTML block of your page. The link lines let the reader's browser fetch the
          widget's code and content at once (choose its language for the content too). The link inside
          the tag shows where scripts cannot run.
        </p>
        <textarea
          aria-labelledby="code-heading"
          aria-describedby="code-help"
          readonly
          rows="12"
          spellcheck="false"
          .value=${this.snippet}
        ></textarea>
        <button type="button" ?disabled=${!this.snippet} @click=${this.copy}>Copy code</button>
        <p class="feedback" role="status">${this.feedback}</p>
        ${this.integrityMissing
          ? html`<p class="note">
              The integrity hash of the loader could not be read, so the code has none. It works without one.
            </p>`
          : nothing}
      </section>
    </div>`;
  }

  static override styles = [
    tokens,
    css`
      :host {
        background: var(--_surface);
        padding: var(--_space);
        border-radius: var(--_radius);
      }
      .builder {
        display: grid;
        gap: var(--_space);
      }
      @container (min-width: 52rem) {
        .builder {
          grid-template-columns: minmax(16rem, 1fr) minmax(0, 2fr);
        }
        form {
          grid-row: span 2;
        }
      }
      fieldset {
        min-inline-size: 0;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        margin: 0 0 var(--_space);
        padding: 0.5rem var(--_space) var(--_space);
      }
      legend,
      h2 {
        font-weight: 700;
      }
      h2 {
        font-size: 1.25rem;
        margin: 0 0 0.5rem;
      }
      .choice {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        min-block-size: 2.75rem;
      }
      input[type='radio'] {
        inline-size: 1.5rem;
        block-size: 1.5rem;
        margin: 0;
        accent-color: var(--_accent);
      }
      .field {
        display: grid;
        gap: 0.25rem;
        margin-block-start: 0.75rem;
      }
      label code {
        color: var(--_muted);
        font-size: 0.875em;
      }
      select,
      textarea,
      button {
        font: inherit;
        color: inherit;
        background: var(--_surface);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      select {
        inline-size: 100%;
      }
      select,
      button {
        min-block-size: 2.75rem;
        padding: 0.25rem 0.5rem;
      }
      textarea {
        display: block;
        inline-size: 100%;
        padding: 0.5rem;
        font-family: ui-monospace, monospace;
        font-size: 0.875rem;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        background: var(--_subtle);
      }
      button {
        margin-block-start: 0.5rem;
        background: var(--_accent);
        color: var(--_surface);
        border-color: var(--_accent);
        font-weight: 700;
        padding-inline: var(--_space);
        cursor: pointer;
      }
      button:disabled {
        cursor: default;
        opacity: 0.6;
      }
      :focus-visible {
        outline: var(--_focus);
        outline-offset: 2px;
      }
      .feedback,
      .note {
        margin: 0.5rem 0 0;
      }
      .note {
        color: var(--_muted);
      }
      ::slotted([slot='preview']) {
        display: block;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'embed-code-builder': EmbedCodeBuilder;
  }
}
