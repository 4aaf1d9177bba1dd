/**
 * Why a widget cannot show (all of) what it was asked for. `describe` is called when rendering,
 * so the message follows the widget's language; without it, the error view says it by `code`.
 */
export class WidgetProblem extends Error {
  constructor(
    /** A stable code such as `unknown-id` or `feed-http`. */
    readonly code: string,
    /** The message for readers, in the widget's language. */
    readonly describe: (() => string) | undefined,
    /** The attribute at fault, when one is. */
    readonly attribute?: string,
    /** Its value. */
    readonly value?: string,
    /** For the console, in English: technical detail, or for `invalid-attribute` what was expected. */
    readonly detail?: string,
  ) {
    super(detail ?? code);
  }
}
