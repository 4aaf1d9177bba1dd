import { join } from 'node:path';
import { renderPage } from 'iom-widgets/render';

/** The package's content API on disk: what the browser reads at /iom-widgets/content/. */
const contentApi = join(process.cwd(), 'node_modules/iom-widgets/cdn/content');

/** `tags` (HTML with iom-* tags) with the widgets' content inside, as Declarative Shadow DOM. */
export const prerender = (tags) => renderPage(tags, { lang: 'en', hydration: false, styles: '/iom-widgets/styles/', contentApi });
