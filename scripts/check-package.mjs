// Checks the package as users get it: packs it and lints the tarball with publint and
// @arethetypeswrong/cli. Then, in a fresh project that installs it for the browser only, checks
// that it installs Lit and nothing else, that prerendering says which packages it needs, that
// dist/ has no import() of an expression, that webpack bundles every browser entry point without
// a warning, and that the bundled app hydrates a prerendered page in Chromium. Then installs it
// in a fresh project next to the prerendering and importing packages, TypeScript, @types/react and Preact,
// type-checks the files in scripts/package-check/ there (imports, element classes, the data
// package and the React and Preact JSX types, each with a deliberate mistake that must fail),
// runs the data package and the content build in Node, prerenders a page and imports a feed. That project also has React 19, react-dom
// and @lit/react: the wrappers of iom-widgets/react type-check (a wrong prop value fails), render
// with react-dom/server in Node, and render and hydrate in Chromium from a webpack bundle, passing
// their events to `onIomReady` and `onIomError`. The same React app runs with React 18, in a
// project made from scripts/package-check/react18-app/ (installed once for its lock file, in
// node_modules/.cache/iom-widgets-frameworks/). Last, a fresh Vue 3 project with vue-tsc checks
// templates against iom-widgets/vue: a right one passes, `layout="diagonal"` fails. Run after
// `npm run build`; needs the npm registry.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { init as initLexer, parse as parseModule } from 'es-module-lexer';
import { prepareFixture } from './package-check/fixture-project.mjs';

const run = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', stdio: 'pipe', ...options });
const bin = (name) => join(process.cwd(), 'node_modules', '.bin', name);

let ok = true;
/** Runs one check and prints its outcome, with what `action` returns or the output it failed with. */
const step = async (name, action) => {
  try {
    const detail = await action();
    console.log(`✓ ${name}${detail ? `: ${detail}` : ''}`);
  } catch (error) {
    console.error(`✗ ${name}\n${[error.stdout, error.stderr].filter(Boolean).join('\n') || error.message}`);
    ok = false;
  }
};

/** Writes a project's package.json in a new folder `name` of `dir`, and returns the folder. */
const newProject = async (dir, name, dependencies) => {
  const project = join(dir, name);
  await mkdir(project);
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: `iom-widgets-${name}`, private: true, type: 'module', dependencies }));
  return project;
};

const install = (project) => run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'], { cwd: project });

/** The lock file's entries of the packages installed in `project`, by name. */
const installedPackages = async (project) => {
  const { packages } = JSON.parse(await readFile(join(project, 'package-lock.json'), 'utf8'));
  return new Map(
    Object.entries(packages)
      .filter(([path]) => path)
      .map(([path, entry]) => [path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), entry]),
  );
};

/** `name` and the packages it needs, recursively, as npm installs them (not optional peers). */
const withDependencies = (name, installed, found = new Set()) => {
  if (found.has(name)) return found;
  found.add(name);
  const entry = installed.get(name) ?? {};
  const optionalPeers = Object.keys(entry.peerDependenciesMeta ?? {}).filter((peer) => entry.peerDependenciesMeta[peer].optional);
  const needed = [...Object.keys({ ...entry.dependencies, ...entry.optionalDependencies }), ...Object.keys(entry.peerDependencies ?? {})];
  for (const dependency of needed) if (!optionalPeers.includes(dependency) && installed.has(dependency)) withDependencies(dependency, installed, found);
  return found;
};

/**
 * The `import()` calls of the .js files under `folder` whose argument is not a string literal
 * (bundlers cannot follow them, and warn), as `file: code`; and how many `import()` there are.
 */
const dynamicImports = async (folder) => {
  await initLexer;
  const expressions = [];
  let count = 0;
  for (const name of await readdir(folder, { recursive: true })) {
    if (!name.endsWith('.js')) continue;
    const code = await readFile(join(folder, name), 'utf8');
    for (const { d: dynamic, n: specifier, ss: start, se: end } of parseModule(code)[0]) {
      if (dynamic < 0) continue;
      count++;
      if (specifier === undefined) expressions.push(`${name}: ${code.slice(start, end)}`);
    }
  }
  return { count, expressions };
};

/** The size of a folder's files, in bytes. */
const folderSize = async (folder) => {
  let bytes = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return bytes;
};

/** The fixtures and scripts the checks copy into the projects they make. */
const source = 'scripts/package-check';

/** The files of the React app that reactAppSteps() runs (scripts/package-check/react-*.js). */
const reactAppFiles = ['react-widgets.js', 'react-render.mjs', 'react-app.js'];

/**
 * The React app's checks in `project` (React and @lit/react installed, and reactAppFiles):
 * react-dom/server renders the wrappers in Node, webpack bundles the app, and in Chromium the
 * app renders and hydrates, and the wrappers' event props fire.
 */
const reactAppSteps = async (react, project) => {
  await step(`${react}: iom-widgets/react renders with react-dom/server in Node, defining nothing there, logging nothing`, () =>
    run(process.execPath, ['react-render.mjs'], { cwd: project }).trim(),
  );
  await step(`${react}: webpack bundles a React app of the wrappers without a warning`, () =>
    run(process.execPath, [join(source, 'bundle.mjs'), project, 'react-app.js']).trim(),
  );
  await step(`${react}: in Chromium, the app renders and hydrates the wrappers with their props, and onIomReady and onIomError fire`, () =>
    run(process.execPath, [join(source, 'react-browser.mjs'), project]).trim(),
  );
};

const ours = JSON.parse(await readFile('package.json', 'utf8'));
const elements = (await readdir('src/elements', { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
const dir = await mkdtemp(join(tmpdir(), 'iom-widgets-package-'));
try {
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir]));
  const tarball = join(dir, filename);

  await step('publint: the packed package.json and files agree', () => {
    run(bin('publint'), ['run', tarball, '--strict']);
  });
  // The package is ESM only (no "require" condition), so the esm-only profile leaves out the two
  // resolutions it does not serve: CommonJS `require` (node16-cjs) and TypeScript's pre-`exports`
  // node10 mode. `exports` has a wildcard for elements, which attw cannot list: name them.
  const entries = elements.flatMap((name) => [`./elements/${name}`, `./elements/${name}.class`]);
  const reactEntries = elements.map((name) => `./react/${name}`);
  await step('attw: types resolve for every entry point (node16 ESM, bundler)', () => {
    run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii', '--include-entrypoints', ...entries, ...reactEntries]);
  });

  const browserApp = await newProject(dir, 'browser-app', { 'iom-widgets': `file:${tarball}` });
  await copyFile(join(source, 'render-missing.mjs'), join(browserApp, 'render-missing.mjs'));
  // Every browser entry point; the hydration support first, as it must run before any module of the library.
  const browserEntries = ['hydrate', '', 'data', 'loader', ...entries.map((entry) => entry.slice(2))].map((entry) =>
    entry ? `iom-widgets/${entry}` : 'iom-widgets',
  );
  await writeFile(
    join(browserApp, 'app.js'),
    `${browserEntries.map((entry, index) => `import * as entry${index} from '${entry}';`).join('\n')}\n` +
      `console.log(${browserEntries.map((_, index) => `entry${index}`).join(', ')});\n`,
  );
  await step('a fresh browser app installs the tarball', () => {
    install(browserApp);
  });
  await step('it installs iom-widgets, Lit and what Lit needs, nothing else', async () => {
    const installed = await installedPackages(browserApp);
    const expected = withDependencies('lit', installed).add('iom-widgets');
    const extra = [...installed.keys()].filter((name) => !expected.has(name));
    if (extra.length) throw new Error(`${installed.size} packages, of which not needed by a browser app: ${extra.join(', ')}`);
    const megabytes = (await folderSize(join(browserApp, 'node_modules'))) / 1e6;
    return `${installed.size} packages, ${megabytes.toFixed(1)} MB (${[...installed.keys()].join(', ')})`;
  });
  await step('without @lit-labs/ssr, htmlparser2, parse5 and the map packages, prerendering, importing and a content build with a project say to install them', () => run(process.execPath, ['render-missing.mjs'], { cwd: browserApp }).trim());
  await step('without react and @lit/react, importing iom-widgets/react fails naming react', () => {
    const imported = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('iom-widgets/react')"], { cwd: browserApp, encoding: 'utf8' });
    const message = imported.stderr.split('\n').find((line) => line.includes('Cannot find package'));
    if (imported.status === 0 || !message?.includes("'react'")) throw new Error(`exit ${imported.status}:\n${imported.stderr}`);
    return message.trim();
  });
  await step('dist/ imports modules by name only: no import() of an expression', async () => {
    const { count, expressions } = await dynamicImports(join(browserApp, 'node_modules', 'iom-widgets', 'dist'));
    if (expressions.length) throw new Error(expressions.join('\n'));
    return `${count} import() calls, each of a literal`;
  });
  await step(`webpack bundles an app that imports every browser entry point (${browserEntries.length}) without a warning`, () =>
    run(process.execPath, [join(source, 'bundle.mjs'), browserApp]).trim(),
  );
  await step('that app hydrates a page prerendered by renderPage() in Chromium', () =>
    run(process.execPath, [join(source, 'hydrate-app.mjs'), browserApp]).trim(),
  );

  const project = await newProject(dir, 'project', {
    'iom-widgets': `file:${tarball}`,
    ...ours.peerDependencies,
    typescript: ours.devDependencies.typescript,
    react: '^19.0.0',
    'react-dom': '^19.0.0',
    '@types/react': '^19.0.0',
    preact: '^10.0.0',
  });
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
  for (const file of ['elements.ts', 'data.mjs', 'render.mjs', 'import.mjs', 'react-usage.tsx', ...reactAppFiles]) await copyFile(join(source, file), join(project, file));
  const jsxUsage = await readFile(join(source, 'jsx-usage.tsx'), 'utf8');
  await writeFile(join(project, 'react.tsx'), `import type {} from 'iom-widgets/jsx/react';\n${jsxUsage}`);
  await writeFile(join(project, 'preact.tsx'), `/** @jsxImportSource preact */\nimport type {} from 'iom-widgets/jsx/preact';\n${jsxUsage}`);

  await step('a fresh project installs the tarball with the prerendering and importing packages', () => {
    install(project);
  });
  await step('it type-checks imports, the data package, the React and Preact JSX types and the React wrappers (mistakes fail)', () => {
    run(join(project, 'node_modules', '.bin', 'tsc'), ['-p', project], { cwd: project });
  });
  await step('iom-widgets/data resolves and runs in Node', () => run(process.execPath, ['data.mjs'], { cwd: project }).trim());
  await step('iom-widgets/render and `npx iom-widgets render` prerender a page', () => run(process.execPath, ['render.mjs'], { cwd: project }).trim());
  await step('iom-widgets/import and `npx iom-widgets import` write record files', () => run(process.execPath, ['import.mjs'], { cwd: project }).trim());
  await reactAppSteps('React 19', project);

  let react18;
  await step('React 18: a project installs react@18, react-dom@18 and @lit/react (npm ci, once for its lock file) with the tarball', async () => {
    react18 = await prepareFixture('react18-app', dir, tarball, reactAppFiles);
    return react18.installing ? 'installed' : 'installed before, for this lock file';
  });
  if (react18) await reactAppSteps('React 18', react18.project);

  const vueApp = await newProject(dir, 'vue-app', {
    'iom-widgets': `file:${tarball}`,
    vue: '^3.5.0',
    'vue-tsc': '^3.0.0',
    typescript: ours.devDependencies.typescript,
  });
  const vueConfig = (files) => ({
    compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, types: [] },
    include: ['iom-widgets.d.ts', ...files],
  });
  await writeFile(join(vueApp, 'iom-widgets.d.ts'), "import type {} from 'iom-widgets/vue';\n");
  await writeFile(join(vueApp, 'tsconfig.json'), JSON.stringify(vueConfig(['vue-usage.vue'])));
  await writeFile(join(vueApp, 'tsconfig.wrong.json'), JSON.stringify(vueConfig(['vue-wrong.vue'])));
  for (const file of ['vue-usage.vue', 'vue-wrong.vue']) await copyFile(join(source, file), join(vueApp, file));
  const vueTsc = join(vueApp, 'node_modules', '.bin', 'vue-tsc');
  await step('a fresh Vue 3 project installs the tarball with vue-tsc', () => {
    install(vueApp);
  });
  await step('vue-tsc --noEmit passes templates that use the tags rightly (iom-widgets/vue)', () => {
    run(vueTsc, ['--noEmit', '-p', 'tsconfig.json'], { cwd: vueApp });
  });
  await step('vue-tsc --noEmit fails on layout="diagonal", naming it', () => {
    const checked = spawnSync(vueTsc, ['--noEmit', '-p', 'tsconfig.wrong.json'], { cwd: vueApp, encoding: 'utf8' });
    const error = checked.stdout.split('\n').find((line) => line.includes('"diagonal"'));
    if (checked.status === 0 || !error) throw new Error(`exit ${checked.status}:\n${checked.stdout}${checked.stderr}`);
    return error.trim();
  });
} finally {
  await rm(dir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
