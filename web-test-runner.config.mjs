// Tests run in Debian's Chromium, headless. `npm test` builds first: the embedding tests load
// the built cdn/ files the way a partner's page does.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { feedMiddleware } from './test/server/feeds.mjs';
import { buildsMiddleware } from './test/server/builds.mjs';
import { contentApisBuilt, contentMiddleware } from './test/server/content.mjs';
import { prerenderMiddleware } from './test/server/prerender.mjs';
import { partnerMiddleware } from './test/server/partner.mjs';
import { forcedColorsPlugin } from './test/server/forced-colors.mjs';
import { contentIdsForTests } from './scripts/content-ids.mjs';
import { chromiumFlags } from './scripts/browser.mjs';
import { chromiumPath, requirePackages } from './scripts/system-packages.mjs';

requirePackages(['chromium']);
await contentApisBuilt();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 8000 } },
  middleware: [feedMiddleware, buildsMiddleware, contentMiddleware, prerenderMiddleware, partnerMiddleware],
  plugins: [
    forcedColorsPlugin(),
    contentIdsForTests(),
    esbuildPlugin({
      ts: true,
      // 'auto' leaves JavaScript alone (the built cdn/ files are tested as shipped) and compiles
      // TypeScript for the browser at hand.
      target: 'auto',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumFlags,
      },
    }),
  ],
};
