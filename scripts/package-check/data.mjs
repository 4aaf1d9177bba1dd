// Run by scripts/check-package.mjs with Node in a fresh project: the data package works without a DOM.
import { getNews, validateFeed } from 'iom-widgets/data';

const article = await getNews('iom-unodc-partnership-2024', undefined, 'en');
if (!article?.title.en) throw new Error('getNews found no English title for iom-unodc-partnership-2024');
const { issues } = validateFeed({ version: 1, news: [{ id: 'x' }] });
if (issues.length === 0) throw new Error('validateFeed accepted a news item without a title');
console.log(`"${article.title.en}"; an invalid feed gives ${issues.length} issues`);
