// Checks the package as users get it: packs it, lints the tarball with publint and
// @arethetypeswrong/cli, then installs it in a fresh project next to TypeScript, @types/react and
// Preact, type-checks the files in scripts/package-check/ there (imports, element classes, the data
// package and the React and Preact JSX types, each with a deliberate mistake that must fail), and
// runs the data package in Node. Run after `npm run build`; needs the npm registry.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', stdio: 'pipe', ...options });
const bin = (name) => join(process.cwd(), 'node_modules', '.bin', name);

const step = (name, action) => {
  try {
    const detail = action();
    console.log(`✓ ${name}${detail ? `: ${detail}` : ''}`);
    return true;
  } catch (error) {
    console.error(`✗ ${name}\n${[error.stdout, error.stderr].filter(Boolean).join('\n') || error.message}`);
    return false;
  }
};

const ours = JSON.parse(await readFile('package.json', 'utf8'));
const elements = (await readdir('src/elements', { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
const dir = await mkdtemp(join(tmpdir(), 'iom-widgets-package-'));
let ok = true;
try {
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir]));
  const tarball = join(dir, filename);

  ok = step('publint: the packed package.json and files agree', () => {
    run(bin('publint'), ['run', tarball, '--strict']);
  }) && ok;
  // The package is ESM only (no "require" condition), so the esm-only profile leaves out the two
  // resolutions it does not serve: CommonJS `require` (node16-cjs) and TypeScript's pre-`exports`
  // node10 mode. `exports` has a wildcard for elements, which attw cannot list: name them.
  const entries = elements.flatMap((name) => [`./elements/${name}`, `./elements/${name}.class`]);
  ok = step('attw: types resolve for every entry point (node16 ESM, bundler)', () => {
    run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii', '--include-entrypoints', ...entries]);
  }) && ok;

  const project = join(dir, 'project');
  await mkdir(project);
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'iom-widgets-package-check',
      private: true,
      type: 'module',
      dependencies: {
        'iom-widgets': `file:${tarball}`,
        typescript: ours.devDependencies.typescript,
        '@types/react': '^19.0.0',
        preact: '^10.0.0',
      },
    }),
  );
  await writeFile(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      include: ['*.ts', '*.tsx'],
    }),
  );
  const source = 'scripts/package-check';
  for (const file of ['elements.ts', 'data.mjs', 'render.mjs']) await copyFile(join(source, file), join(project, file));
  const jsxUsage = await readFile(join(source, 'jsx-usage.tsx'), 'utf8');
  await writeFile(join(project, 'react.tsx'), `import type {} from 'iom-widgets/jsx/react';\n${jsxUsage}`);
  await writeFile(join(project, 'preact.tsx'), `/** @jsxImportSource preact */\nimport type {} from 'iom-widgets/jsx/preact';\n${jsxUsage}`);

  ok = step('a fresh project installs the tarball', () => {
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'], { cwd: project });
  }) && ok;
  ok = step('it type-checks imports, the data package and the React and Preact JSX types (mistakes fail)', () => {
    run(join(project, 'node_modules', '.bin', 'tsc'), ['-p', project], { cwd: project });
  }) && ok;
  ok = step('iom-widgets/data resolves and runs in Node', () => run(process.execPath, ['data.mjs'], { cwd: project }).trim()) && ok;
  ok = step('iom-widgets/render and `npx iom-widgets render` prerender a page', () => run(process.execPath, ['render.mjs'], { cwd: project }).trim()) && ok;
} finally {
  await rm(dir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
