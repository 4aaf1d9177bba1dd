// The pages of budgets.json ("pages"), each as written and again in each language of "locales":
// what the size check, the request-chain check, the scale check and the bench load in Chromium.
import { buildMapCasesApi } from './test-content-api.mjs';

/**
 * The content APIs a page of budgets.json may read instead of the built-in one (its
 * `"contentApi"`), each built from content/ and test records: `map-cases` holds the map's cases
 * anywhere on Earth (test/fixtures/map-projects.json), which are not built-in projects.
 */
const testContentApis = { 'map-cases': buildMapCasesApi };

/** Where a page finds test content API `name`: under cdn/, so that what it downloads is counted as the page's. */
const testContentPath = (name) => `/cdn/test-content/${name}/`;

/**
 * The library's script tag a page of budgets.json has (its `"script"`): the loader, or the
 * classic script (`"classic"`), deferred as README tells partners to write it.
 */
const scriptTags = {
  loader: '<script type="module" src="/cdn/loader.js"></script>',
  classic: '<script src="/cdn/iom-widgets.classic.js" defer></script>',
};

/**
 * Each page: `name` ("one news card, English", "one news card, it"), `widget` (its name without
 * the language), `lang`, `translated` (one of the "locales" variants) and `html`.
 */
export const budgetPages = (budgets) =>
  Object.entries(budgets.pages).flatMap(([name, page]) => {
    const widget = name.replace(/, \w+$/, '');
    const variants = [
      { name, lang: page.lang, translated: false },
      ...budgets.locales.languages.map((lang) => ({ name: `${widget}, ${lang}`, lang, translated: true })),
    ];
    const contentApi = page.contentApi ? ` data-iom-content-api="${testContentPath(page.contentApi)}"` : '';
    const script = scriptTags[page.script ?? 'loader'];
    if (!script) throw new Error(`budgets.json: page "${name}" has no script "${page.script}" (known: ${Object.keys(scriptTags).join(', ')})`);
    return variants.map((variant) => ({
      ...variant,
      widget,
      budget: page.budget,
      target: page.target,
      html:
        `<!doctype html><html lang="${variant.lang}"${contentApi}><head><meta charset="utf-8"><title>${variant.name}</title>` +
        `${script}</head><body>${page.body}</body></html>`,
    }));
  });

/**
 * Builds the test content APIs the pages of `budgets` read (their `"contentApi"`, each into a
 * temporary folder) and resolves to the `mounts` that serve them where the pages look for them
 * (for scripts/browser.mjs `serve`).
 */
export const budgetContentMounts = async (budgets) => {
  const names = [...new Set(Object.values(budgets.pages).map((page) => page.contentApi).filter(Boolean))];
  const mounts = {};
  for (const name of names) {
    if (!testContentApis[name]) throw new Error(`budgets.json: no test content API "${name}" (known: ${Object.keys(testContentApis).join(', ')})`);
    mounts[testContentPath(name)] = await testContentApis[name]();
  }
  return mounts;
};
