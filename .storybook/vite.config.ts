/**
 * The Vite configuration Storybook uses (see `viteConfigPath` in main.ts), instead of the
 * repository's vite.config.ts, which describes the library builds and accepts only
 * `--mode dist|cdn|classic`.
 *
 * Vite's Oxc transform reads `experimentalDecorators` and `useDefineForClassFields: false` from
 * tsconfig.json, whose `include` covers src/, stories/ and .storybook/: nothing to set for that.
 * The modules that register tags are listed in package.json's `sideEffects`, so the stories'
 * bare `import '…/define.js'` survives the production build.
 */
import { defineConfig } from 'vite';
import { contentIds } from '../scripts/content-ids.mjs';

export default defineConfig({
  // The embed-code builder's story lists the built-in records from content/.
  plugins: [contentIds()],
  // Only build.target is taken from this file by Storybook; other build options go in viteFinal.
  build: { target: 'es2022' },
  publicDir: false,
});
