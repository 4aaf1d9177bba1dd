/**
 * Guarded registration: a page may load iom-widgets twice (a theme and a plugin, say). Defining
 * a tag that exists is silent for the same version and one warning for another; never an error.
 */
import { VERSION } from './version.js';

export interface VersionedElement extends CustomElementConstructor {
  readonly version: string;
}

let warned = false;

/** Defines `tag` unless it is already defined; returns the constructor that is in effect. */
export const defineElement = (tag: string, constructor: CustomElementConstructor): CustomElementConstructor => {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    return constructor;
  }
  const version = (existing as Partial<VersionedElement>).version;
  if (existing !== constructor && version !== VERSION && !warned) {
    warned = true;
    console.warn(`<${tag}>: defined by iom-widgets ${version} already; this copy (${VERSION}) is not used.`);
  }
  return existing;
};
