// Run by the Next.js, Astro and Vue apps' `npm run build` (scripts/check-frameworks.mjs copies it
// into each): copies the package's content API and style sheets into the app's public/ folder,
// which the frameworks serve as they are, at /iom-widgets/content/ and /iom-widgets/styles/.
import { cp, rm } from 'node:fs/promises';

const from = new URL('./node_modules/iom-widgets/cdn/', import.meta.url);
const to = new URL('./public/iom-widgets/', import.meta.url);
await rm(to, { recursive: true, force: true });
for (const folder of ['content', 'styles']) await cp(new URL(folder, from), new URL(folder, to), { recursive: true });
