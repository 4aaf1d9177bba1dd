/**
 * Hydration of prerendered widgets (`iom-widgets render`, `renderPage()` of `iom-widgets/render`):
 * Lit's hydration support (`@lit-labs/ssr-client`), plus what iom-widgets need of it. Both builds
 * carry @lit-labs/ssr-client's code (a browser app installs Lit alone); dist/hydrate.js imports the
 * app's lit-html, the copy the elements render with. A copy of Lit's support that runs after this
 * module replaces it: an app that imports it for elements of its own imports it first.
 *
 * It must run before lit-element does. `iom-widgets render` adds its script (cdn/hydrate.js, a
 * module without imports, which also runs as a classic script) before the page's iom-widgets
 * script. With npm, import it before anything that imports `lit`:
 *
 * ```js
 * import 'iom-widgets/hydrate';
 * import 'iom-widgets';
 * ```
 *
 * Lit's hydration support takes the prerendered shadow root as it is, without the element's
 * `static styles`; this module adopts them, as a client render does, so a hydrated widget is styled
 * exactly like one rendered in the browser, whatever became of the styles the page put in the
 * shadow root (a `<link>` that failed, a `<style>` that a Content Security Policy blocked).
 *
 * A widget fetches its content and strings after it starts, so its first render would be its
 * loading state, not what was prerendered: a widget with a prerendered shadow root keeps it as it
 * is until its content is ready, and then hydrates, rendering exactly what the server rendered
 * (no flash, nothing moves). Should they differ all the same (a page prerendered with another
 * version of the content), the widget renders afresh, with one console warning, rather than fail.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
// lit-html only, not lit: lit-element must evaluate after the hook below is in place.
import { render } from 'lit-html';
import type { CSSResultOrNative, LitElement, PropertyValues } from 'lit';

type HydrationSupport = (lit: { LitElement: typeof LitElement }) => void;

/** What this module reads of an element: an iom-widgets element's status, and what Lit renders with. */
interface Hydrating {
  status?: string;
  readonly localName: string;
  readonly constructor: { readonly elementProperties: Map<PropertyKey, unknown>; readonly elementStyles: readonly CSSResultOrNative[] };
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly renderOptions: LitElement['renderOptions'];
  render(): unknown;
}

const hooks = globalThis as { litElementHydrateSupport?: HydrationSupport };
const litSupport = hooks.litElementHydrateSupport!;

/**
 * Gives a prerendered shadow root the element's styles, as Lit's own createRenderRoot does for a
 * new one. Every browser with Declarative Shadow DOM adopts style sheets, so Lit's fallback for
 * browsers that cannot (a `<style>` per sheet) is not needed here.
 */
const adoptElementStyles = (root: ShadowRoot, styles: readonly CSSResultOrNative[]): void => {
  root.adoptedStyleSheets = styles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!));
};

/** Elements whose prerendered shadow root is not hydrated yet. */
const prerendered = new WeakSet<object>();

hooks.litElementHydrateSupport = ({ LitElement }) => {
  litSupport({ LitElement });
  type Prototype = { createRenderRoot(this: Hydrating): unknown };
  const createRenderRoot = (LitElement.prototype as unknown as Prototype).createRenderRoot;
  Object.defineProperty(LitElement.prototype, 'createRenderRoot', {
    configurable: true,
    writable: true,
    value(this: Hydrating & { shadowRoot: ShadowRoot | null }) {
      // Lit's hydration support hydrates an element that has a shadow root when it connects.
      if (!this.shadowRoot) return createRenderRoot.call(this);
      prerendered.add(this);
      adoptElementStyles(this.shadowRoot, this.constructor.elementStyles);
      return createRenderRoot.call(this);
    },
  });
  // Hydrating is a widget's heaviest update: each in a task of its own, so that a page with many
  // widgets stays responsive while they hydrate (they often get their content at the same time).
  type Schedule = (this: Hydrating) => unknown;
  const schedule = (LitElement.prototype as unknown as { scheduleUpdate: Schedule }).scheduleUpdate;
  Object.defineProperty(LitElement.prototype, 'scheduleUpdate', {
    configurable: true,
    writable: true,
    value(this: Hydrating) {
      if (!prerendered.has(this) || this.status === 'loading') return schedule.call(this);
      return new Promise((resolve) => setTimeout(resolve)).then(() => schedule.call(this));
    },
  });
  type Update = (this: Hydrating, changed: PropertyValues) => void;
  const hydrateOrRender = (LitElement.prototype as unknown as { update: Update }).update;
  // ReactiveElement's update(): reflects attributes, renders nothing.
  const reflect = (Object.getPrototypeOf(LitElement.prototype) as { update: Update }).update;
  Object.defineProperty(LitElement.prototype, 'update', {
    configurable: true,
    writable: true,
    value(this: Hydrating, changed: PropertyValues) {
      // An iom-widgets element still loading keeps its prerendered shadow root as it is.
      if (prerendered.has(this) && this.status === 'loading' && this.constructor.elementProperties.has('content')) {
        reflect.call(this, changed);
        return;
      }
      const hydrating = prerendered.delete(this);
      try {
        hydrateOrRender.call(this, changed);
      } catch (error) {
        if (!hydrating) throw error;
        const root = this.renderRoot as ShadowRoot & { _$litPart$?: unknown };
        console.warn(`<${this.localName}>: the prerendered content differs from this version's; rendered again.`, error);
        // The adopted styles stay; the prerendered ones go with the rest.
        root.replaceChildren();
        delete root._$litPart$;
        render(this.render(), root, this.renderOptions);
      }
    },
  });
};
