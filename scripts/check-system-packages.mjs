// Checks what a machine without the tests' Debian packages is told: one line naming each missing
// package and the command that installs it, and exit code 1, never an ENOENT or a stack trace.
// The packages are hidden by a PATH that holds only Node.js and a CHROME_PATH that names nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bare = mkdtempSync(join(tmpdir(), 'iom-bare-path-'));
symlinkSync(process.execPath, join(bare, 'node'));
const env = { ...process.env, PATH: bare, CHROME_PATH: join(bare, 'no-chromium') };
const hidden = ['chromium', 'mariadb-server', 'php-cli', 'php-mysql'];

const cases = [
  ['the packages the tests need, reported only', ['scripts/system-packages.mjs', '--check'], hidden],
  ["the WordPress plugin's test", ['scripts/test-wordpress.mjs'], hidden],
  ['the browser tests', ['node_modules/@web/test-runner/dist/bin.js'], ['chromium']],
  ['the size check', ['scripts/check-size.mjs'], ['chromium']],
];
let failed = 0;
for (const [name, args, packages] of cases) {
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8', timeout: 60_000 });
  const lines = `${result.stdout}${result.stderr}`.trim().split('\n');
  const ok =
    result.status === 1 &&
    lines.length === 1 &&
    packages.every((name) => lines[0].includes(name)) &&
    lines[0].includes(`apt-get install -y `) &&
    !/ENOENT|\n\s+at /.test(lines.join('\n'));
  if (!ok) failed += 1;
  console.log(`${ok ? '✓' : '✗'} without ${packages.join(', ')}: ${name}${ok ? '' : ` (exit ${result.status}: ${lines.join('\n').slice(0, 600)})`}`);
}
rmSync(bare, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
