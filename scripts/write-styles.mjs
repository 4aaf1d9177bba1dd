// Writes cdn/styles/<tag>.css: each widget's CSS, as its shadow root adopts it, for prerendered
// pages to link to from inside their declarative shadow roots (`iom-widgets render`), which a
// strict Content Security Policy allows where it blocks inline <style>. From the dist/ build,
// whose templates and styles are minified as cdn/'s are. Run by `npm run build` after the cdn/
// builds (which empty cdn/) and before cdn/integrity.json is written.
import { mkdir, writeFile } from 'node:fs/promises';
import { widgetStyleSheets } from '../dist/render.js';

const sheets = await widgetStyleSheets();
await mkdir('cdn/styles', { recursive: true });
for (const [tag, css] of Object.entries(sheets)) await writeFile(`cdn/styles/${tag}.css`, css);
console.log(`cdn/styles/: ${Object.keys(sheets).join(', ')}`);
