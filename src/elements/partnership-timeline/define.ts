/**
 * Defines `<iom-partnership-timeline>`. Import this module for its side effect, or import the
 * class from `partnership-timeline.ts` to register it under a tag of your own.
 */
import { defineElement } from '../../core/define.js';
import { IomPartnershipTimeline } from './partnership-timeline.js';

defineElement('iom-partnership-timeline', IomPartnershipTimeline);

export { IomPartnershipTimeline };
export type { TimelineContent, TimelineOrder, TimelineOrientation } from './partnership-timeline.js';
