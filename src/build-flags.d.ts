/// <reference types="vite/client" />
/**
 * `true` in the builds of cdn/ (its modules, and the classic script, which is the loader), which
 * load element and locale modules by address, and `false` in every other build (vite.config.ts `define`), which then drops the by-address `import()` of an
 * expression, so that no bundler taking in dist/ meets one. Tests and Storybook do not define the
 * name at all, so code reads it as `typeof __IOM_CDN_BUILD__ !== 'undefined' && __IOM_CDN_BUILD__`.
 *
 * The test is written out where each table of static imports is used (the loader's elements, the
 * locales), not in a shared helper: only a condition the minifier sees as constant at the very
 * place lets it drop the table, and with it every module the table imports, from cdn/. A helper
 * given the table, even behind a function, keeps it.
 */
declare const __IOM_CDN_BUILD__: boolean;

/**
 * `true` in the classic script's build (cdn/iom-widgets.classic.js: the loader as a classic
 * script, which has no `import.meta`), `false` in the others, undefined in tests and Storybook:
 * the loader finds its own address from its `<script>` element there (src/loader.ts).
 */
declare const __IOM_CLASSIC_BUILD__: boolean;
