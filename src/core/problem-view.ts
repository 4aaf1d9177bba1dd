/**
 * How a widget shows what went wrong: the error box and the notes about ignored attributes.
 * Loaded only when a widget has something to say, so pages where all is well never download it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../i18n/msg.js';
import type { WidgetProblem } from './problem.js';

/** An attribute value that was not usable and was replaced by its default. */
export interface Notice {
  readonly attribute: string;
  readonly value: string;
  readonly describe: () => string;
}

export const problemStyles = css`
  .problem {
    display: grid;
    gap: 0.25rem;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .problem p {
    margin: 0;
  }
  .problem-title {
    font-weight: 600;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .notice {
    margin: 0.5rem 0 0;
    padding: 0.25rem 0.5rem;
    font-size: 0.875rem;
    color: var(--_muted);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  @media (forced-colors: active) {
    .problem {
      border-color: CanvasText;
    }
  }
`;

export const problemTemplate = (problem: WidgetProblem): TemplateResult => html`<div class="problem" part="error">
  <p class="problem-title">${msg('This content cannot be shown.')}</p>
  <p>${problem.describe()}</p>
  ${problem.attribute ? html`<p><code>${problem.attribute}="${problem.value ?? ''}"</code></p>` : nothing}
</div>`;

export const noticesTemplate = (notices: Iterable<Notice>): TemplateResult =>
  html`${[...notices].map(
    (notice) => html`<p class="notice" part="notice">
      ${notice.describe()} <code>${notice.attribute}="${notice.value}"</code>
    </p>`,
  )}`;

export const describeInvalid = (attribute: string): string =>
  msg(str`The value of ${attribute} is not valid and was ignored.`);

export const describeUnexpected = (): string => msg('Something went wrong while showing this content.');
