/**
 * Defines `<iom-project-map>`. Import this module for its side effect, or import the class from
 * `project-map.ts` to register it under a tag of your own.
 */
import { defineElement } from '../../core/define.js';
import { IomProjectMap } from './project-map.js';

defineElement('iom-project-map', IomProjectMap);

export { IomProjectMap };
export { IomCountrySelectEvent, type MapCountry, type ProjectMapContent } from './project-map.js';
