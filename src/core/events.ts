/**
 * The events every widget fires. Each bubbles and is composed, so a page can listen on
 * `document` for all widgets at once. `iom-error` has a module of its own (error-event.ts), so
 * that pages where all is well load it only with the error view.
 */
import type { IomErrorEvent } from './error-event.js';

/** Fired when a widget shows its content. */
export class IomReadyEvent extends Event {
  constructor() {
    super('iom-ready', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iom-ready': IomReadyEvent;
    'iom-error': IomErrorEvent;
  }
}
