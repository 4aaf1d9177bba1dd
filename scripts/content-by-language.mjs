// Vite plugin: `import('./article.js?lang=it')` of a content module gives the module's default
// export projected to one language (see project-language.mjs). Without the plugin (in tests)
// the same import gives the whole record, a superset that renders the same.
import { readFile } from 'node:fs/promises';
import { transformWithOxc } from 'vite';
import { projectLanguage } from './project-language.mjs';

const pattern = /^(.*\/src\/data\/content\/.*\.ts)\?lang=([a-z]{2,3})$/;

export const contentByLanguage = () => ({
  name: 'iom-content-by-language',
  enforce: 'pre',
  async load(id) {
    const match = pattern.exec(id);
    if (!match) return null;
    const [, file, lang] = match;
    this.addWatchFile(file);
    const { code } = await transformWithOxc(await readFile(file, 'utf8'), file, { lang: 'ts' });
    const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    return `export default ${JSON.stringify(projectLanguage(module.default, lang))};\n`;
  },
});
