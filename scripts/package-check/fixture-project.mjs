// Projects made from the fixtures of scripts/package-check/ (a folder with its own package.json
// and package-lock.json: next-app/, astro-app/, react18-app/) with the packed tarball, for
// scripts/check-frameworks.mjs and scripts/check-package.mjs. A fixture's dependencies are
// installed by `npm ci` once for each lock file and kept in
// node_modules/.cache/iom-widgets-frameworks/; the tarball is unpacked into them at each run.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const fixtures = resolve('scripts/package-check');
const cache = resolve('node_modules/.cache/iom-widgets-frameworks');
const run = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', stdio: 'pipe', ...options });

/**
 * A project folder for fixture `name` in `dir`: its own files and the `files` of
 * scripts/package-check/ named, and its dependencies, installed by `npm ci` into the cache (once
 * for each lock file) and linked as its node_modules, with the tarball unpacked as
 * node_modules/iom-widgets. The project itself cannot be in the cache: Next.js compiles no JSX
 * under a node_modules folder. Resolves to the folder and whether it installed.
 */
export const prepareFixture = async (name, dir, tarball, files = []) => {
  const source = join(fixtures, name);
  const lock = await readFile(join(source, 'package-lock.json'));
  const installation = join(cache, `${name}-${createHash('sha256').update(lock).digest('hex').slice(0, 16)}`);
  const modules = join(installation, 'node_modules');
  const installing = !existsSync(join(modules, '.installed'));
  if (installing) {
    await rm(installation, { recursive: true, force: true });
    await mkdir(installation, { recursive: true });
    for (const file of ['package.json', 'package-lock.json']) await cp(join(source, file), join(installation, file));
    run('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: installation });
    await writeFile(join(modules, '.installed'), '');
  }
  const widgets = join(modules, 'iom-widgets');
  await rm(widgets, { recursive: true, force: true });
  await mkdir(widgets);
  run('tar', ['-xzf', tarball, '-C', widgets, '--strip-components=1']);
  const project = join(dir, name);
  await cp(source, project, { recursive: true });
  for (const file of files) await cp(join(fixtures, file), join(project, file));
  await symlink(modules, join(project, 'node_modules'), 'dir');
  return { project, installing };
};
