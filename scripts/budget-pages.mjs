// The pages of budgets.json ("pages"), each as written and again in each language of "locales":
// what the size check and the request-chain check load in Chromium.

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
    return variants.map((variant) => ({
      ...variant,
      widget,
      budget: page.budget,
      target: page.target,
      html:
        `<!doctype html><html lang="${variant.lang}"><head><meta charset="utf-8"><title>${variant.name}</title>` +
        `<script type="module" src="/cdn/loader.js"></script></head><body>${page.body}</body></html>`,
    }));
  });
