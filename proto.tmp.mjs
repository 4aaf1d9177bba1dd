import { renderPage } from './dist/render.js';
const page = `<!doctype html><html lang="it"><head><title>x</title></head><body>
<iom-news-card article="iom-amazon-global-agreement"></iom-news-card>
<iom-contact-box contact="migration-development-italy" lang="ar"></iom-contact-box>
<iom-news-card article="nope"></iom-news-card>
<iom-news-card article="iom-amazon-global-agreement" layout="bad"></iom-news-card>
</body></html>`;
const out = await renderPage(page, { onSkip: (s) => console.error('skip', s) });
console.log(out.length);
console.log(out.replace(/<style>.*?<\/style>/gs, '<style/>').slice(0, 3000));
