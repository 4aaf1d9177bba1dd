// Fails when a UI string has no translation: every <trans-unit> of every xliff/*.xlf file needs
// a <target> (keeping the {tokens} of a pattern such as "{amount} {currency}"), and
// `lit-localize extract` must find nothing new in the source.
import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';

const files = (await readdir('xliff')).filter((file) => file.endsWith('.xlf'));
const before = Object.fromEntries(await Promise.all(files.map(async (file) => [file, await readFile(`xliff/${file}`, 'utf8')])));
execFileSync('npx', ['--no-install', 'lit-localize', 'extract'], { stdio: 'ignore' });

let problems = 0;
for (const file of files) {
  const after = await readFile(`xliff/${file}`, 'utf8');
  if (after !== before[file]) {
    problems += 1;
    console.error(`✗ xliff/${file} was out of date with the source (now updated: check it, translate what is new, run npm run localize)`);
  }
  for (const [, id, unit] of after.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    if (!/<target>[\s\S]+<\/target>/.test(unit)) {
      problems += 1;
      console.error(`✗ xliff/${file}: ${id} has no translation`);
      continue;
    }
    // Patterns such as "{amount} {currency}" are filled in by the code: the target needs each.
    const tokens = (part) => [...(/<(source|target)>([\s\S]*?)<\/\1>/.exec(unit.slice(unit.indexOf(`<${part}>`)))?.[2] ?? '').matchAll(/\{[a-z]+\}/g)].map(([token]) => token).sort();
    if (tokens('source').join() !== tokens('target').join()) {
      problems += 1;
      console.error(`✗ xliff/${file}: ${id} must keep ${tokens('source').join(' and ')} in its translation`);
    }
  }
}
if (problems) process.exit(1);
console.log(`✓ ${files.map((file) => file.replace('.xlf', '')).join(', ')}: every string translated`);
