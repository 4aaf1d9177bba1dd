/**
 * iom-widgets: defines every element and exports their classes and types (src/elements/index.ts,
 * one line per folder of src/elements/), the base element, the events and the data types.
 */
export { IomElement, WidgetProblem, type HeadingLevel, type ProblemCode, type ProblemFacts, type Status, type Theme } from './core/base-element.js';
export { IomReadyEvent } from './core/events.js';
export { IomErrorEvent, type IomErrorDetail } from './core/error-event.js';
export { defineElement } from './core/define.js';
export { safeUrl } from './core/safe-url.js';
export { VERSION } from './core/version.js';
export type * from './data/schema.js';
export * from './elements/index.js';
