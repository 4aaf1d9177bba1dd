/**
 * Defines `<iom-news-list>`. Import this module for its side effect, or import the class from
 * `news-list.ts` to register it under a tag of your own.
 */
import { defineElement } from '../../core/define.js';
import { IomNewsList } from './news-list.js';

defineElement('iom-news-list', IomNewsList);

export { IomNewsList };
