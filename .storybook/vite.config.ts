/**
 * The Vite configuration Storybook uses (see `viteConfigPath` in main.ts), instead of the
 * repository's vite.config.ts, which describes the library builds and accepts only
 * `--mode dist|cdn|classic`.
 *
 * Nothing else is needed: Vite's Oxc transform reads `experimentalDecorators` and
 * `useDefineForClassFields: false` from tsconfig.json, whose `include` covers src/, stories/
 * and .storybook/.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  build: { target: 'es2022' },
  publicDir: false,
});
