import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { buildMapCasesApi } from '../scripts/test-content-api.mjs';

/** Whether `path` (from this folder) has been built by `npm run build`. */
const built = (path: string) => existsSync(fileURLToPath(new URL(path, import.meta.url)));

const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    options: {
      builder: {
        // Storybook's Vite builder loads a Vite config file itself (in `production` or
        // `development` mode); the repository's vite.config.ts throws for any mode but
        // dist|cdn|classic, so point it at a config of its own. viteFinal would run too late.
        viteConfigPath: fileURLToPath(new URL('./vite.config.ts', import.meta.url)),
      },
    },
  },
  stories: ['../stories/**/*.stories.ts'],
  // The test fixtures serve as the example feeds of the stories of feed states (src="feeds/…").
  // The built cdn/ (after `npm run build`) gives the embed-code builder the loader's integrity hash.
  // The map's cases anywhere on Earth (test/fixtures/map-projects.json), which are not built-in
  // projects, read a content API built from content/ and them (data-iom-content-api="map-cases/").
  staticDirs: async () => [
    { from: '../test/fixtures/feeds', to: '/feeds' },
    ...(built('../cdn') ? [{ from: '../cdn', to: '/cdn' }] : []),
    ...(built('../dist/content.js') ? [{ from: await buildMapCasesApi(), to: '/map-cases' }] : []),
  ],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  // Storybook's own manager and docs chunks are large by nature; the widgets' budgets are checked
  // on the library builds, not here.
  viteFinal: (viteConfig) => mergeConfig(viteConfig, { build: { chunkSizeWarningLimit: 1500 } }),
};

export default config;
