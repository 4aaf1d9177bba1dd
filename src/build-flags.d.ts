/**
 * Set to `true` by the cdn/ build (vite.config.ts `define`), which loads element, locale and
 * content modules by address; in every other build and in tests the name is not defined at all,
 * so code reads it as `typeof __IOM_CDN_BUILD__ !== 'undefined' && __IOM_CDN_BUILD__`.
 */
declare const __IOM_CDN_BUILD__: boolean;
