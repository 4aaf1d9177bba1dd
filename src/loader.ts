/**
 * The autoloader: defines each iom-widgets element only when its tag appears in the page, now or
 * later, and loads nothing for tags that are not used.
 *
 * ```html
 * <script type="module" src="https://…/iom-widgets/cdn/loader.js"></script>
 * ```
 */
const elements: Record<string, () => Promise<unknown>> = {
  'iom-news-card': () => import('./elements/news-card/define.js'),
  'iom-news-list': () => import('./elements/news-list/define.js'),
  'iom-partnership-timeline': () => import('./elements/partnership-timeline/define.js'),
  'iom-project-map': () => import('./elements/project-map/define.js'),
  'iom-contact-box': () => import('./elements/contact-box/define.js'),
};

const requested = new Set<string>();
const selector = Object.keys(elements).join(',');

/** Loads the definitions of the iom-widgets tags found in `root` (a document or shadow root). */
export const discover = (root: ParentNode = document): void => {
  const found = new Set<string>();
  if (root instanceof Element && root.localName in elements) found.add(root.localName);
  for (const element of root.querySelectorAll(selector)) found.add(element.localName);
  for (const tag of found) {
    if (requested.has(tag) || customElements.get(tag)) continue;
    requested.add(tag);
    elements[tag]!().catch((error: unknown) => {
      requested.delete(tag);
      console.warn(`<${tag}>: could not be loaded`, error);
    });
  }
};

/** Watches `root` for tags added later; returns a function that stops watching. */
export const observe = (root: Document | ShadowRoot = document): (() => void) => {
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) if (node instanceof Element) discover(node);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  discover(root);
  return () => observer.disconnect();
};

observe();
