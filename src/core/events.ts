/**
 * The events every widget fires. Each bubbles and is composed, so a page can listen on
 * `document` for all widgets at once.
 */

/** Fired when a widget shows its content. */
export class IomReadyEvent extends Event {
  constructor() {
    super('iom-ready', { bubbles: true, composed: true });
  }
}

export interface IomErrorDetail {
  /** A stable code such as `unknown-id`, `invalid-attribute` or `feed-http`. */
  readonly code: string;
  /** What went wrong, in the widget's language. */
  readonly message: string;
  /** The attribute at fault, when one is. */
  readonly attribute?: string;
  /** Its value. */
  readonly value?: string;
}

/** Fired when a widget cannot show (part of) what was asked for. */
export class IomErrorEvent extends CustomEvent<IomErrorDetail> {
  constructor(detail: IomErrorDetail) {
    super('iom-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'iom-ready': IomReadyEvent;
    'iom-error': IomErrorEvent;
  }
}
