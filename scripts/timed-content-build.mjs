// Builds the content API of a content folder and prints, as one line of JSON, what it took: wall
// time, CPU time (user and system), peak memory (this process's maximum resident set size) and the
// files and bytes written. A process of its own, so that its peak memory is the build's alone.
// Run after `npm run build`.
//
//   node scripts/timed-content-build.mjs <content folder> <out>
import { buildContentApi, formatProblem } from '../dist/content.js';

const [folder, out] = process.argv.slice(2);
if (!folder || !out) {
  console.error('usage: node scripts/timed-content-build.mjs <content folder> <out>');
  process.exit(2);
}
const started = performance.now();
const { problems, written } = await buildContentApi(folder, { out });
const seconds = (performance.now() - started) / 1000;
if (problems.length) {
  for (const problem of problems) console.error(formatProblem(problem));
  process.exit(1);
}
const usage = process.resourceUsage();
console.log(
  JSON.stringify({
    seconds,
    userSeconds: usage.userCPUTime / 1e6,
    systemSeconds: usage.systemCPUTime / 1e6,
    // resourceUsage() gives kilobytes (1024 bytes).
    peakMemoryBytes: usage.maxRSS * 1024,
    files: written.files,
    bytes: written.bytes,
    counts: written.counts,
  }),
);
