/**
 * Hydration of prerendered widgets (`iom-widgets render`, `renderPage()` of `iom-widgets/render`):
 * Lit's `hydrate()` (`@lit-labs/ssr-client`), which this module registers for the widgets' base
 * element (src/core/hydration.ts). Both builds carry @lit-labs/ssr-client's code (a browser app
 * installs Lit alone); dist/hydrate.js imports the app's lit-html, the copy the elements render
 * with. It patches nothing: Lit's global hydration hook and every other element on the page (a
 * partner's own Lit components, hydrated or not) are left as they are.
 *
 * It must run before the widgets start. `iom-widgets render` adds its script (cdn/hydrate.js, a
 * module without imports, which also runs as a classic script) before the page's iom-widgets
 * script. With npm, import it before the widgets:
 *
 * ```js
 * import 'iom-widgets/hydrate';
 * import 'iom-widgets';
 * ```
 *
 * What hydrating is, the base element does for its own shadow root (src/core/base-element.ts):
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
 * the content), the widget renders afresh, with one console warning, rather than fail: that is
 * this module's part.
 */
import { hydrate } from '@lit-labs/ssr-client';
import { render } from 'lit-html';
import { registerHydration } from './core/hydration.js';

registerHydration((value, root, options) => {
  try {
    hydrate(value, root, options);
  } catch (error) {
    console.warn(`<${root.host.localName}>: the prerendered content differs from this version's; rendered again.`, error);
    // The adopted styles stay; the prerendered ones go with the rest.
    root.replaceChildren();
    render(value, root, options);
  }
});
