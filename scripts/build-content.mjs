// Builds the built-in content (content/) into its content API in cdn/content/. Run by
// `npm run build` after the vite builds (which empty cdn/). Until the widgets read the content API,
// cdn/content/ also holds the per-record modules they load (<kind>/<id>.<lang>.js), so the API is
// built beside it and copied in, which keeps those modules.
import { cp, rm } from 'node:fs/promises';
import { buildContentApi, formatProblem } from '../dist/content.js';

const out = 'cdn/.content-api';
const { problems, written } = await buildContentApi('content', { out });
if (problems.length) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`content/: ${problems.length} problems; cdn/content/ not built`);
  process.exit(1);
}
await cp(out, 'cdn/content', { recursive: true });
await rm(out, { recursive: true, force: true });
console.log(`cdn/content/: the content API of content/ (${written.files} files, ${(written.bytes / 1000).toFixed(1)} KB)`);
