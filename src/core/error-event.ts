/** The `iom-error` event: what went wrong, in the widget's language, with a stable code. */
import type { ProblemCode } from './problem.js';

export interface IomErrorDetail {
  /** What went wrong: `unknown-id`, `invalid-attribute`, `feed-http`… (see {@link ProblemCode}). */
  readonly code: ProblemCode;
  /** What went wrong, in the widget's language. */
  readonly message: string;
  /** The attribute at fault, when one is. */
  readonly attribute?: string;
  /** Its value. */
  readonly value?: string;
}

/** Fired when a widget cannot show (part of) what was asked for. Bubbles and is composed. */
export class IomErrorEvent extends CustomEvent<IomErrorDetail> {
  constructor(detail: IomErrorDetail) {
    super('iom-error', { bubbles: true, composed: true, detail });
  }
}
