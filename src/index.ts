/**
 * iom-widgets: defines every element and exports their classes and types.
 */
import './elements/news-card/define.js';
import './elements/news-list/define.js';
import './elements/partnership-timeline/define.js';
import './elements/project-map/define.js';
import './elements/contact-box/define.js';

export { IomElement, WidgetProblem, type ProblemCode, type ProblemFacts, type Status, type Theme } from './core/base-element.js';
export { IomReadyEvent } from './core/events.js';
export { IomErrorEvent, type IomErrorDetail } from './core/error-event.js';
export { defineElement } from './core/define.js';
export { safeUrl } from './core/safe-url.js';
export { VERSION } from './core/version.js';
export { IomNewsCard, type NewsCardLayout, type NewsCardContent } from './elements/news-card/define.js';
export { IomNewsList } from './elements/news-list/define.js';
export {
  IomPartnershipTimeline,
  type TimelineContent,
  type TimelineOrder,
  type TimelineOrientation,
} from './elements/partnership-timeline/define.js';
export type * from './data/schema.js';
export {
  IomProjectMap,
  IomCountrySelectEvent,
  type MapCountry,
  type ProjectMapContent,
} from './elements/project-map/define.js';
export { IomContactBox, type ContactBoxContent, type ContactBoxLayout } from './elements/contact-box/define.js';
