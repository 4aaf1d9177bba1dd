// Vite plugin: `import('./article.js?lang=it')` of a content module gives the module's exports
// projected to one language (see project-language.mjs). Without the plugin (in tests) the same
// import gives the whole records, a superset that renders the same.
import { readFile } from 'node:fs/promises';
import { transformWithOxc } from 'vite';
import { projectLanguage } from './project-language.mjs';

const pattern = /^(.*\/src\/data\/content\/.*\.ts)\?lang=([a-z]{2,3})$/;

/**
 * With `split: false` (the classic single-file build, which inlines every dynamic import) the
 * per-language imports resolve to the whole module, so each record is bundled once, not once per
 * language.
 */
export const contentByLanguage = ({ split = true } = {}) => ({
  name: 'iom-content-by-language',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (split || !/\?lang=[a-z]{2,3}$/.test(source)) return null;
    return this.resolve(source.replace(/\?lang=[a-z]{2,3}$/, ''), importer, { skipSelf: true });
  },
  async load(id) {
    const match = pattern.exec(id);
    if (!match) return null;
    const [, file, lang] = match;
    this.addWatchFile(file);
    const { code } = await transformWithOxc(await readFile(file, 'utf8'), file, { lang: 'ts' });
    const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    return Object.entries(module)
      .map(([name, value]) => {
        const data = JSON.stringify(projectLanguage(value, lang));
        return name === 'default' ? `export default ${data};\n` : `export const ${name} = ${data};\n`;
      })
      .join('');
  },
});
