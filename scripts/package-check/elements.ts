// Type-checked by scripts/check-package.mjs in a fresh project that installed the packed tarball.
import 'iom-widgets/elements/news-card';
import { IomNewsCard, type IomErrorEvent, type NewsCardLayout } from 'iom-widgets';
import { IomProjectMap } from 'iom-widgets/elements/project-map.class';
import { getNews, validateFeed, type NewsArticle } from 'iom-widgets/data';

const card: IomNewsCard = document.createElement('iom-news-card');
card.article = 'iom-unodc-partnership-2024';
card.addEventListener('iom-error', (event: IomErrorEvent) => console.warn(event.detail.code, event.detail.message));
document.body.append(card);

export const layout: NewsCardLayout = 'compact';
// @ts-expect-error a news card has no "diagonal" layout
export const wrongLayout: NewsCardLayout = 'diagonal';

customElements.define('my-project-map', class extends IomProjectMap {});
document.addEventListener('iom-country-select', (event) => console.log(event.detail.country.toUpperCase()));

const article: NewsArticle | undefined = await getNews('iom-unodc-partnership-2024');
export const issues: number = validateFeed({ version: 1 }).issues.length + (article ? 0 : 1);

// The prerendering API's types (iom-widgets/render).
import type { RenderOptions, SkippedWidget } from 'iom-widgets/render';
export const renderOptions: RenderOptions = { lang: 'it', hydration: false, styles: 'inline', onSkip: (widget: SkippedWidget) => widget.reason };
