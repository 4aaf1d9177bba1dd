import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../i18n/msg.js';
import { findRecord } from '../../data/lookups/find.js';
import { getContact } from '../../data/lookups/contacts.js';
import { getProjectMap } from '../../data/lookups/project-maps.js';
import type { ProjectMap, ProjectMapCountry } from '../../data/project-map.js';
import type { Contact, Feed, Project } from '../../data/schema.js';
import { sourcePathOf } from '../../data/rules.js';
import { IomElement, type HeadingLevel } from '../../core/base-element.js';
import { figuresTemplate } from '../../core/fragments.js';
import { formatList } from '../../core/format.js';
import { langIfOther, localizedParagraph, localizedSpan, pickText, headingTemplate } from '../../core/localized-text.js';
import { safeUrl } from '../../core/safe-url.js';
import { projectMapStyles } from './project-map.styles.js';
import { spreadMarkers, type Point } from './spread-markers.js';

/** A country of the project as the widget shows it. */
export interface MapCountry {
  readonly code: string;
  /** Its name in the widget's language, from Intl.DisplayNames. */
  readonly name: string;
  /** What the project's data says of it. */
  readonly note: string | undefined;
  readonly noteLang: string | undefined;
  /** Its outline, when the map draws it. */
  readonly shape: ProjectMapCountry | undefined;
}

export interface ProjectMapContent {
  readonly project: Project;
  readonly contact: Contact | undefined;
  /** The project's map document; `undefined` when there is none. */
  readonly map: ProjectMap | undefined;
}

/** Fired when a reader picks a country on the map (click, Enter or Space). */
export class IomCountrySelectEvent extends CustomEvent<{ country: string }> {
  constructor(country: string) {
    super('iom-country-select', { bubbles: true, composed: true, detail: { country } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iom-country-select': IomCountrySelectEvent;
  }
  interface HTMLElementTagNameMap {
    'iom-project-map': IomProjectMap;
  }
}

/** The marker's target in CSS pixels (WCAG 2.2 target size: at least 24 × 24). */
const MARKER_TARGET = 28;
/** The least space between two markers' targets in CSS pixels: their strokes, a focused one's too, stay apart. */
const MARKER_GAP = 4;

/**
 * Where a project works: a map of the project's countries, anywhere on Earth, highlighted among
 * their neighbours (from the content build's map document of the project), its figures, and the same facts as a list, so the map is never the
 * only way to them. The map takes one tab stop; arrow keys move between the project's countries.
 *
 * @summary A map of the countries where a project works.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart project - The section around the project.
 * @csspart title - The heading with the project's name.
 * @csspart status - The project's status (planned, ongoing, concluded).
 * @csspart summary - The summary of the project.
 * @csspart map - The figure with the map, its legend and note.
 * @csspart country - A project country on the map.
 * @csspart details - The line that tells about the country under the pointer or the focus.
 * @csspart legend - The map's legend.
 * @csspart disclaimer - The note on boundaries.
 * @csspart countries - The list of the project's countries.
 * @csspart figures - The project's key figures.
 * @csspart figure - One key figure.
 * @csspart resources - The project's publications.
 * @csspart contact - Whom to write to.
 * @csspart empty - The message shown when a project lists no countries.
 * @csspart loading - The placeholder shown while content loads.
 * @csspart error - The message shown when the map cannot be shown.
 * @csspart notice - A note about an attribute value that was ignored.
 *
 * @cssprop [--iom-map-sea=var(--iom-color-subtle)] - Colour of the sea.
 * @cssprop [--iom-map-land=light-dark(#e3e7ee, #323b4d)] - Colour of the other countries (light and dark theme).
 * @cssprop [--iom-map-highlight=var(--iom-accent)] - Colour of the project's countries and their markers.
 *
 * @event {IomReadyEvent} iom-ready - The map is shown.
 * @event {IomErrorEvent} iom-error - The map cannot be shown, or part of its data was left out; `detail` has `code`, `message`, `attribute` and `value`.
 * @event {IomCountrySelectEvent} iom-country-select - A country was picked on the map; `detail.country` is its ISO code, e.g. `MT`.
 */
export class IomProjectMap extends IomElement<ProjectMapContent> {
  static override styles = [...IomElement.styles, projectMapStyles];

  static override properties = {
    project: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
    hovered: { state: true },
    focused: { state: true },
    markerRadius: { state: true },
  };

  protected static override contentProperties = ['project'];

  protected static override messageGroups = ['project-map'] as const;

  /** The id of the project to show, e.g. `admin4all`. */
  declare project: string | undefined;

  /** The level of the project's heading, 1 to 6 (default 3). */
  declare headingLevel: `${HeadingLevel}` | undefined;

  /** The country under the pointer. */
  private declare hovered: string | undefined;

  /** The country that has the focus. */
  private declare focused: string | undefined;

  /** The country to tell about: the one under the pointer, else the focused one. */
  get #active(): string | undefined {
    return this.hovered ?? this.focused;
  }

  /** The marker radius in map units that gives a target of MARKER_TARGET CSS pixels. */
  private declare markerRadius: number;

  #effectiveHeadingLevel = 3;
  /** The country that takes the map's one tab stop. */
  #focusCode: string | undefined;
  #resizeObserver: ResizeObserver | undefined;
  /** The width of the map's frame in map units. */
  #frameWidth = 1000;

  constructor() {
    super();
    this.markerRadius = 6;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
  }

  protected override checkAttributes(): void {
    this.#effectiveHeadingLevel = this.checkCount('heading-level', this.headingLevel, 6) ?? 3;
    super.checkAttributes();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const svgElement = this.renderRoot.querySelector('svg');
    // Once the content shows: a prerendered map has its svg before, while its content loads.
    if (svgElement && !this.#resizeObserver && this.status === 'ready') {
      // Markers keep a constant size on screen, whatever the map's scale.
      this.#resizeObserver = new ResizeObserver(([entry]) => {
        const width = entry?.contentRect.width;
        if (width) this.markerRadius = (MARKER_TARGET / 2) * (this.#frameWidth / width);
      });
      this.#resizeObserver.observe(svgElement);
    }
  }

  protected override async selectContent(feed: Feed | undefined): Promise<ProjectMapContent> {
    const id = this.requireId('project', this.project);
    const { locale, contentApi } = this;
    // A content API project's map comes beside its record (the loader fetches both at once).
    const apiMap = feed ? undefined : this.#readMap(id);
    const found = await findRecord('projects', id, feed, locale, contentApi);
    if (!found) {
      throw this.unknownId('project', id);
    }
    const project = found.record;
    // The content API's document has the project's contact in it; a feed has it apart.
    const [contact, map] = await Promise.all([
      found.contact ?? (project.contact && feed ? getContact(project.contact, feed) : undefined),
      apiMap ?? (project.map ? this.#readMap(id, project.map) : undefined),
    ]);
    const unknown = this.#countries(project, map).unknown;
    if (unknown.length) {
      console.warn(
        `<${this.localName}>: project="${id}" lists country codes that do not exist; they are left out: ${unknown.join(', ')}`,
      );
    }
    return { project, contact, map };
  }

  /**
   * The map document of the project `id` in the content API, or the one a feed's project names
   * (`address`, relative to the feed). A map that cannot be read leaves the list of countries.
   */
  async #readMap(id: string, address?: string): Promise<ProjectMap | undefined> {
    try {
      const at = address === undefined ? undefined : new URL(address, new URL(this.src!.trim(), document.baseURI));
      if (at && at.protocol !== 'https:' && at.protocol !== 'http:') return undefined;
      return await getProjectMap(id, this.contentApi, at);
    } catch (error) {
      console.warn(`<${this.localName}>: project="${id}": its map cannot be read, the countries are listed only: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  /** The project's countries with their names; unknown codes are reported once and kept out. */
  #countries(project: Project, map: ProjectMap | undefined): { shown: MapCountry[]; unknown: string[] } {
    const names = new Intl.DisplayNames(this.intlLocale, { type: 'region', fallback: 'none' });
    const shown: MapCountry[] = [];
    const unknown: string[] = [];
    for (const { code, note } of project.countries) {
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      if (!name) {
        unknown.push(code);
        continue;
      }
      const picked = note && pickText(note, this.locale);
      // Every field set, none inherited from a page's Object.prototype.
      const shape = map?.countries.find((country) => country.code === code);
      shown.push({ code, name, note: picked ? picked.text : undefined, noteLang: picked ? picked.lang : undefined, shape });
    }
    return { shown, unknown };
  }

  protected override renderContent({ project, contact, map }: ProjectMapContent): TemplateResult {
    const { locale, intlLocale } = this;
    const { shown, unknown } = this.#countries(project, map);
    const onMap = shown.filter((country) => country.shape);
    if (!onMap.some((country) => country.code === this.#focusCode)) this.#focusCode = onMap[0]?.code;
    const status = { planned: msg('Planned project'), active: msg('Ongoing project'), concluded: msg('Concluded project') }[
      project.status
    ];
    return html`<section class="project" part="project" aria-labelledby="title">
      ${headingTemplate(project.title, locale, this.#effectiveHeadingLevel, 'title', 'title')}
      <p class="status" part="status">${status}</p>
      ${localizedParagraph(project.summary, locale, 'summary')}
      ${shown.length || unknown.length
        ? html`${map && onMap.length ? this.#renderMap(map, onMap) : nothing} ${this.#renderList(project, shown, unknown)}`
        : html`<p class="empty" part="empty">${msg('This project lists no countries.')}</p>`}
      ${figuresTemplate(project.figures ?? [], locale, intlLocale)} ${this.#renderResources(project)}
      ${contact?.email && safeUrl(`mailto:${contact.email}`)
        ? html`<p class="contact" part="contact">
            <span class="label">${msg('Contact:')}</span>
            <a href=${safeUrl(`mailto:${contact.email}`)!} dir="ltr">${contact.email}</a>
          </p>`
        : nothing}
    </section>`;
  }

  /**
   * The map. Its colours are also SVG presentation attributes, the light theme's defaults: they
   * have the lowest precedence, so the style sheet and its custom properties override them, and a
   * map whose style sheet did not load (a prerendered page with a failed link, say) is still
   * legible rather than a black rectangle.
   */
  #renderMap(map: ProjectMap, countries: MapCountry[]): TemplateResult {
    this.#frameWidth = map.width;
    const active = countries.find((country) => country.code === this.#active);
    const places = this.#markerPlaces(map, countries);
    return html`<figure class="map" part="map">
      <svg
        viewBox="0 0 ${map.width} ${map.height}"
        role="group"
        aria-label=${msg('Map of the project’s countries')}
        @keydown=${this.#onKeyDown}
      >
        <rect class="sea" x="0" y="0" width=${map.width} height=${map.height} fill="#f2f5fb"></rect>
        <g class="land" aria-hidden="true" fill="#e3e7ee" stroke="#fff" stroke-width="0.6">
          <path d=${map.land}></path>
          <path class="borders" d=${map.borders} fill="none"></path>
        </g>
        ${places.size ? this.#renderMarkerHoles(map, [...places.values()]) : nothing}
        ${countries.map((country) => this.#renderCountry(country, places.get(country.code), places.size > 0))}
      </svg>
      <p class="details" part="details" aria-hidden="true">
        ${active ? this.#describe(active) : nothing}
      </p>
      <figcaption>
        <p class="legend" part="legend">
          <span class="swatch project-swatch" aria-hidden="true"></span>${msg('Project countries')}
          <span class="swatch other-swatch" aria-hidden="true"></span>${msg('Other countries')}
        </p>
        <p class="disclaimer" part="disclaimer">
          ${msg('The boundaries and names shown on this map do not imply official endorsement or acceptance.')}
        </p>
      </figcaption>
    </figure>`;
  }

  /**
   * Where each country too small to see has its marker: on the country, or, where markers would
   * meet, moved the least distance apart (WCAG 2.5.8: a target partly covered by another is
   * smaller than it looks).
   */
  #markerPlaces(map: ProjectMap, countries: MapCountry[]): Map<string, Point> {
    const marked = countries.filter((country) => country.shape!.marker);
    const pixel = this.markerRadius / (MARKER_TARGET / 2);
    const places = spreadMarkers(
      marked.map((country) => country.shape!.marker!),
      (MARKER_TARGET + MARKER_GAP) * pixel,
      map.width,
      map.height,
      this.markerRadius + MARKER_GAP * pixel,
    );
    return new Map(marked.map((country, index) => [country.code, places[index]!]));
  }

  /**
   * The frame less the markers' circles: what the other countries' outlines are clipped to, so
   * that none drawn after a marker covers it, to the eye or the pointer.
   */
  #renderMarkerHoles(map: ProjectMap, places: Point[]): TemplateResult {
    const r = this.markerRadius;
    const circles = places.map(([x, y]) => `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`).join('');
    return svg`<clipPath id="beside-markers"><path clip-rule="evenodd" d="M0 0H${map.width}V${map.height}H0z${circles}"></path></clipPath>`;
  }

  #renderCountry(country: MapCountry, marker: Point | undefined, clipped: boolean): TemplateResult {
    const shape = country.shape!;
    return svg`<g
      class="country ${country.code === this.#active ? 'active' : ''}"
      part="country"
      fill="#0033a0"
      stroke="#fff"
      stroke-width="0.6"
      role="button"
      tabindex=${country.code === this.#focusCode ? 0 : -1}
      data-country=${country.code}
      aria-label=${this.#describe(country)}
      @click=${() => this.#select(country.code)}
      @focus=${() => (this.focused = country.code)}
      @blur=${() => (this.focused = undefined)}
      @pointerenter=${() => (this.hovered = country.code)}
      @pointerleave=${() => (this.hovered = undefined)}
    >
      <path d=${shape.d} clip-path=${clipped && !marker ? 'url(#beside-markers)' : nothing}></path>
      ${marker ? this.#renderMarker(shape.marker!, marker) : nothing}
    </g>`;
  }

  /** A country's marker: its own place first, where it is drawn second, with a line from the one to the other when it had to move off. */
  #renderMarker([x, y]: Point, [mx, my]: Point): TemplateResult {
    const moved = Math.hypot(mx - x, my - y);
    // The line goes from the country to the marker's edge.
    const reach = 1 - this.markerRadius / moved;
    return svg`${reach > 0
      ? svg`<line class="leader" x1=${x} y1=${y} x2=${x + (mx - x) * reach} y2=${y + (my - y) * reach} stroke="#0033a0"></line>`
      : nothing}<circle
        class="marker"
        cx=${mx}
        cy=${my}
        r=${this.markerRadius}
        fill-opacity="0.35"
        stroke="#0033a0"
        stroke-width="1.5"
        vector-effect="non-scaling-stroke"
      ></circle>`;
  }

  #describe(country: MapCountry): string {
    return country.note ? msg(str`${country.name}: ${country.note}`, { id: 'map.country-note' }) : country.name;
  }

  #renderList(project: Project, countries: MapCountry[], unknown: string[]): TemplateResult {
    return html`<div class="list">
      <p class="label" id="countries-label">${msg(str`Countries (${countries.length}):`)}</p>
      <ul class="countries" part="countries" aria-labelledby="countries-label">
        ${countries.map(
          (country) => html`<li>
            ${country.note
              ? msg(html`${country.name}: ${html`<span lang=${ifDefined(langIfOther(country.noteLang!, this.locale))}>${country.note}</span>`}`, {
                  id: 'map.country-note.list',
                })
              : country.name}
            ${country.shape ? nothing : html`<span class="aside">${msg('(not on the map: no map data)')}</span>`}
          </li>`,
        )}
        ${unknown.map(
          (code) => html`<li class="aside">${msg(str`“${code}” is not a known country code and is not shown.`)}</li>`,
        )}
        ${this.#invalidCountryCodes(project)
          ? html`<li class="aside">${msg('Some country codes in the content source are not valid and are not shown.')}</li>`
          : nothing}
      </ul>
    </div>`;
  }

  /** Whether the feed had country codes for this project that validation left out. */
  #invalidCountryCodes(project: Project): boolean {
    const path = sourcePathOf(project);
    return path !== undefined && this.feedIssues.some((issue) => issue.path.startsWith(`${path}.countries[`));
  }

  #renderResources(project: Project): TemplateResult | typeof nothing {
    if (!project.resources?.length) return nothing;
    const languages = new Intl.DisplayNames(this.intlLocale, { type: 'language' });
    return html`<div>
      <p class="label" id="resources-label">${msg('Publications:')}</p>
      <ul class="resources" part="resources" aria-labelledby="resources-label">
      ${project.resources.map((resource) => {
        const href = safeUrl(resource.url);
        const title = localizedSpan(resource.title, this.locale);
        const names = (resource.languages ?? []).map((code) => languages.of(code) ?? code);
        return html`<li>
          ${href ? html`<a href=${href}>${title}</a>` : title}
          ${names.length
            ? html`<span class="aside">${msg(str`(in ${formatList(names, this.intlLocale)})`)}</span>`
            : nothing}
        </li>`;
      })}
      </ul>
    </div>`;
  }

  #onKeyDown(event: KeyboardEvent): void {
    const items = [...this.renderRoot.querySelectorAll<SVGGElement>('[data-country]')];
    const index = items.findIndex((item) => item.dataset.country === this.#focusCode);
    // The arrows follow the reading direction: in right-to-left text, left is forward.
    const forward = getComputedStyle(this).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const step = event.key === forward || event.key === 'ArrowDown' ? 1 : /^Arrow(Left|Right|Up)$/.test(event.key) ? -1 : 0;
    if (step) {
      event.preventDefault();
      const next = items[(index + step + items.length) % items.length];
      if (next) this.#moveFocus(next);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      const next = event.key === 'Home' ? items[0] : items[items.length - 1];
      if (next) this.#moveFocus(next);
    } else if ((event.key === 'Enter' || event.key === ' ') && this.#focusCode) {
      event.preventDefault();
      this.#select(this.#focusCode);
    }
  }

  #moveFocus(item: SVGGElement): void {
    this.#focusCode = item.dataset.country;
    for (const other of this.renderRoot.querySelectorAll<SVGGElement>('[data-country]')) {
      other.setAttribute('tabindex', other === item ? '0' : '-1');
    }
    item.focus();
  }

  #select(country: string): void {
    this.#focusCode = country;
    this.dispatchEvent(new IomCountrySelectEvent(country));
  }
}
