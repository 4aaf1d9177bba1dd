/**
 * `true` in the cdn/ build, which loads element, locale and content modules by address, and
 * `false` in every other build (vite.config.ts `define`), which then drops the by-address
 * `import()` of an expression, so that no bundler taking in dist/ meets one. Tests and Storybook
 * do not define the name at all, so code reads it as
 * `typeof __IOM_CDN_BUILD__ !== 'undefined' && __IOM_CDN_BUILD__`.
 *
 * The test is written out where each table of static imports is used (the loader's elements, the
 * locales, each kind of record in src/data/lookups/), not in a shared helper: only a condition
 * the minifier sees as constant at the very place lets it drop the table, and with it every
 * module the table imports, from cdn/. A helper given the table, even behind a function, keeps
 * it.
 */
declare const __IOM_CDN_BUILD__: boolean;
