/**
 * The Vite configuration Storybook uses (see `viteConfigPath` in main.ts), instead of the
 * repository's vite.config.ts, which describes the library builds and accepts only
 * `--mode dist|cdn|classic`.
 *
 * Vite's Oxc transform reads `experimentalDecorators` and `useDefineForClassFields: false` from
 * tsconfig.json, whose `include` covers src/, stories/ and .storybook/: nothing to set for that.
 */
import { defineConfig, type Plugin } from 'vite';

/**
 * package.json's `sideEffects` lists only dist/ and cdn/ files, so a production build treats the
 * source modules as free of side effects and drops a bare `import '…/define.js'` — the stories'
 * way of registering the tags. The modules that register tags do have side effects: say so.
 */
const registrationHasSideEffects = (): Plugin => ({
  name: 'iom-storybook-registration-side-effects',
  enforce: 'pre',
  transform(code, id) {
    if (/[\\/]src[\\/](?:elements[\\/][^\\/]+[\\/]define|index|loader)\.ts$/.test(id.split('?')[0]!)) {
      return { code, map: null, moduleSideEffects: true };
    }
    return undefined;
  },
});

export default defineConfig({
  plugins: [registrationHasSideEffects()],
  // Only build.target is taken from this file by Storybook; other build options go in viteFinal.
  build: { target: 'es2022' },
  publicDir: false,
});
