/**
 * Defines `<iom-news-card>`. Import this module for its side effect, or import the class from
 * `news-card.ts` to register it under a tag of your own.
 */
import { defineElement } from '../../core/define.js';
import { IomNewsCard } from './news-card.js';

defineElement('iom-news-card', IomNewsCard);

export { IomNewsCard };
export type { NewsCardLayout, NewsCardContent } from './news-card.js';
