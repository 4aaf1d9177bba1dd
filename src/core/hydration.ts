/**
 * Where the widgets' base element finds the hydration support: src/hydrate.ts (cdn/hydrate.js,
 * `iom-widgets/hydrate`), which only pages with prerendered widgets load, registers here the class
 * the base element (base-element.ts) extends in place of LitElement: LitElement with the steps of
 * hydrating a prerendered shadow root. Pages without it carry none of those steps.
 *
 * A registered symbol, not a variable of this module: cdn/hydrate.js is a bundle of its own, and
 * the base element finds what it registered all the same. The base element asks once, when the
 * library's code runs, so the support must run before it (`iom-widgets render` puts its script
 * first). It makes a subclass of the library's own LitElement: Lit itself, and every other element
 * on the page, a partner's included, are left as they are.
 */
import type { LitElement, ReactiveElement } from 'lit';

/**
 * Makes the class the base element extends: a subclass of `litElement` (the library's LitElement)
 * that keeps a prerendered shadow root as it is, with the element's styles adopted, until the
 * element's `status` is no longer `'loading'`, and then hydrates it, in a task of its own, with
 * what the element renders. `reactiveElement` is the library's ReactiveElement, whose steps adopt
 * the styles and reflect the attributes without rendering.
 */
export type HydratingElement = (litElement: typeof LitElement, reactiveElement: typeof ReactiveElement) => typeof LitElement;

const hydratingElementKey = Symbol.for('iom-widgets.hydrating-element');

/** Registers what makes the base element's hydrating base class. */
export const registerHydration = (hydratingElement: HydratingElement): void => {
  (globalThis as { [hydratingElementKey]?: HydratingElement })[hydratingElementKey] = hydratingElement;
};

/** What makes the base element's hydrating base class, when the page has loaded it. */
export const registeredHydration = (): HydratingElement | undefined =>
  (globalThis as { [hydratingElementKey]?: HydratingElement })[hydratingElementKey];
