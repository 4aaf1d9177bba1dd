// Builds the built-in content (content/) into its content API in cdn/content/, beside the
// library, where the widgets read it. Run by `npm run build` after the vite builds (which empty cdn/).
import { buildContentApi, formatProblem } from '../dist/content.js';

const { problems, written } = await buildContentApi('content', { out: 'cdn/content' });
if (problems.length) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`content/: ${problems.length} problems; cdn/content/ not built`);
  process.exit(1);
}
console.log(`cdn/content/: the content API of content/ (${written.files} files, ${(written.bytes / 1000).toFixed(1)} KB)`);
