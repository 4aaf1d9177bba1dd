/**
 * Where a widget with a prerendered shadow root finds what hydrates it: src/hydrate.ts
 * (cdn/hydrate.js, `iom-widgets/hydrate`), which only pages with prerendered widgets load,
 * registers it here, and the base element (base-element.ts) calls it for its own shadow root.
 * A registered symbol, not a variable of this module: cdn/hydrate.js is a bundle of its own, and
 * the elements find what it registered all the same. Nothing else on the page is touched.
 */
import type { RenderOptions } from 'lit';

/**
 * Takes over the prerendered shadow root `root` with `value`, what the element renders now: as
 * Lit's `hydrate()` does, or, should the prerendered content differ, by rendering afresh. Never
 * throws for a difference.
 */
export type HydrateRoot = (value: unknown, root: ShadowRoot, options: RenderOptions) => void;

const hydrateRootKey = Symbol.for('iom-widgets.hydrate-root');

/** Registers the function that hydrates prerendered widgets. */
export const registerHydration = (hydrateRoot: HydrateRoot): void => {
  (globalThis as { [hydrateRootKey]?: HydrateRoot })[hydrateRootKey] = hydrateRoot;
};

/** The function that hydrates prerendered widgets, when the page has loaded it. */
export const registeredHydration = (): HydrateRoot | undefined => (globalThis as { [hydrateRootKey]?: HydrateRoot })[hydrateRootKey];
