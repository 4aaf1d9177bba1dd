#!/usr/bin/env node
// iom-widgets command line: `iom-widgets validate feed.json [more.json …]` checks feeds against
// the published format, with every problem and its path; exit code 0 when all are valid, 1 when
// any is not, 2 when a file cannot be read or the command is wrong.
import { readFile } from 'node:fs/promises';
import { formatIssue, validateFeed } from '../dist/data/index.js';

const usage = 'usage: iom-widgets validate <feed.json> [more.json …]';
const [command, ...files] = process.argv.slice(2);
if (command !== 'validate' || files.length === 0) {
  console.error(usage);
  process.exit(2);
}

let status = 0;
for (const file of files) {
  let document;
  try {
    document = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: cannot be read as JSON (${error instanceof Error ? error.message : error})`);
    status = 2;
    continue;
  }
  const { feed, issues } = validateFeed(document);
  if (issues.length === 0) {
    const counts = Object.entries(feed ?? {})
      .filter(([, value]) => Array.isArray(value))
      .map(([kind, value]) => `${value.length} ${kind}`);
    console.log(`${file}: valid (${counts.join(', ') || 'no records'})`);
    continue;
  }
  status = Math.max(status, 1);
  console.log(`${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}${feed ? '' : ' (nothing usable)'}`);
  for (const issue of issues) console.log(`  ${formatIssue(issue)}`);
}
process.exit(status);
