// Runs `iom-widgets validate` as a partner would and checks its answers and exit codes.
import { spawnSync } from 'node:child_process';

const run = (...args) => spawnSync(process.execPath, ['bin/iom-widgets.mjs', ...args], { encoding: 'utf8' });
const cases = [
  ['a valid feed', ['validate', 'test/fixtures/feeds/partner.json'], 0, 'valid (3 news, 1 organizations)'],
  ['a partly invalid feed', ['validate', 'test/fixtures/feeds/partial.json'], 1, 'news[1].date: "2024-13-01" is not a date'],
  ['a document that is not a feed', ['validate', 'test/fixtures/feeds/wrong-shape.json'], 1, 'version: is missing'],
  ['a missing file', ['validate', 'no-such-feed.json'], 2, 'cannot be read as JSON'],
  ['no file named', ['validate'], 2, 'usage: iom-widgets validate'],
];
let failed = 0;
for (const [name, args, status, expected] of cases) {
  const result = run(...args);
  const output = `${result.stdout}${result.stderr}`;
  const ok = result.status === status && output.includes(expected);
  if (!ok) failed += 1;
  console.log(`${ok ? '✓' : '✗'} iom-widgets ${args.join(' ')}: ${name}${ok ? '' : ` (exit ${result.status}: ${output.trim()})`}`);
}
process.exit(failed ? 1 : 0);
