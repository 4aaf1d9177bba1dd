/**
 * Hydration of prerendered widgets (`iom-widgets render`, `renderPage()` of `iom-widgets/render`):
 * Lit's `hydrate()` (`@lit-labs/ssr-client`) and the steps of hydrating, which this module
 * registers for the widgets' base element (src/core/hydration.ts). Both builds carry @lit-labs/ssr-client's code (a browser app
 * installs Lit alone); dist/hydrate.js imports the app's lit-html, the copy the elements render
 * with. It patches nothing: Lit's global hydration hook and every other element on the page (a
 * partner's own Lit components, hydrated or not) are left as they are.
 *
 * It must run before the library's code: `iom-widgets render` adds its script (cdn/hydrate.js, a
 * module without imports, which also runs as a classic script) before the page's iom-widgets
 * script. With npm, import it before the widgets:
 *
 * ```js
 * import 'iom-widgets/hydrate';
 * import 'iom-widgets';
 * ```
 *
 * What it registers is the class the widgets' base element extends in place of LitElement
 * (src/core/hydration.ts): LitElement with the steps of hydrating, which only pages that load this
 * module carry. For an element with a prerendered shadow root:
 *
 * - It takes the prerendered shadow root as it is, and adopts the element's `static styles` in
 *   it, as a client render does, so a hydrated widget is styled exactly like one rendered in the
 *   browser, whatever became of the styles the page put in the shadow root (a `<link>` that
 *   failed, a `<style>` that a Content Security Policy blocked).
 * - A widget fetches its content and strings after it starts, so its first render would be its
 *   loading state, not what was prerendered: a widget with a prerendered shadow root keeps it as
 *   it is until its content is ready, and then hydrates, rendering exactly what the server
 *   rendered (no flash, nothing moves).
 * - Hydrating is a widget's heaviest update: each in a task of its own, so that a page with many
 *   widgets stays responsive while they hydrate (they often get their content at the same time).
 *
 * Should the prerendered content differ all the same (a page prerendered with another version of
 * the content), the widget renders afresh, with one console warning, rather than fail.
 */
import { hydrate } from '@lit-labs/ssr-client';
import { render, type RenderOptions } from 'lit-html';
import type { PropertyValues, ReactiveElement } from 'lit';
import { registerHydration } from './core/hydration.js';

/**
 * Takes over the prerendered shadow root `root` with `value`, what the element renders now, as
 * Lit's `hydrate()` does, or, should the prerendered content differ, by rendering afresh. Never
 * throws for a difference.
 */
const hydrateRoot = (value: unknown, root: ShadowRoot, options: RenderOptions): void => {
  try {
    hydrate(value, root, options);
  } catch (error) {
    console.warn(`<${root.host.localName}>: the prerendered content differs from this version's; rendered again.`, error);
    // The adopted styles stay; the prerendered ones go with the rest.
    root.replaceChildren();
    render(value, root, options);
  }
};

registerHydration((LitElement, ReactiveElement) => {
  /**
   * ReactiveElement's steps, which LitElement's add rendering to: its createRenderRoot keeps the
   * shadow root there is and adopts the styles in it, its update reflects attributes. A
   * prerendered shadow root takes them until it is hydrated (LitElement's would render before
   * its content).
   */
  const withoutRendering = ReactiveElement.prototype as unknown as {
    createRenderRoot(this: ReactiveElement): HTMLElement | DocumentFragment;
    update(this: ReactiveElement, changed: PropertyValues): void;
  };

  /** LitElement, hydrating a prerendered shadow root once the element's content is ready. */
  class HydratingElement extends LitElement {
    /** `'loading'` until the element's content is ready (the base element's). */
    protected declare status: string;

    /** Whether the shadow root is prerendered, and not hydrated yet. */
    #prerendered = false;

    protected override createRenderRoot(): HTMLElement | DocumentFragment {
      if (!this.shadowRoot) return super.createRenderRoot();
      this.#prerendered = true;
      return withoutRendering.createRenderRoot.call(this);
    }

    /** The update that hydrates comes in a task of its own; the others as Lit schedules them. */
    protected override scheduleUpdate(): void | Promise<unknown> {
      if (!this.#prerendered || this.status === 'loading') return super.scheduleUpdate();
      return new Promise((resolve) => setTimeout(resolve)).then(() => super.scheduleUpdate());
    }

    /**
     * While the content loads, the prerendered root stays as it is (only attributes are
     * reflected, as ReactiveElement's update does); then it is hydrated with what the element
     * renders, which is what the server rendered. From then on, the element renders as any other.
     */
    protected override update(changed: PropertyValues): void {
      if (!this.#prerendered) return super.update(changed);
      if (this.status === 'loading') return withoutRendering.update.call(this, changed);
      this.#prerendered = false;
      const value = this.render();
      withoutRendering.update.call(this, changed);
      hydrateRoot(value, this.renderRoot as ShadowRoot, this.renderOptions);
    }
  }
  return HydratingElement;
});
