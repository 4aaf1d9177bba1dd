/**
 * Defines `<iom-contact-box>`. Import this module for its side effect, or import the class from
 * `contact-box.ts` to register it under a tag of your own.
 */
import { defineElement } from '../../core/define.js';
import { IomContactBox } from './contact-box.js';

defineElement('iom-contact-box', IomContactBox);

export { IomContactBox };
export type { ContactBoxContent, ContactBoxLayout } from './contact-box.js';
