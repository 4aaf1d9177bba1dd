// Run by scripts/check-package.mjs: `node bundle.mjs <project> [entry]` bundles <project>/app.js
// (which imports every browser entry point of the installed package) or another entry file of
// the project into <project>/bundle/, with webpack, as an app's build does (Next.js builds with
// webpack), and fails on any warning or error, printing each. Webpack
// reports what the package's own files make it guess at (an `import()` of an expression is
// "Critical dependency: the request of a dependency is an expression") even inside node_modules.
import { join } from 'node:path';
import webpack from 'webpack';

const [project, entryFile] = process.argv.slice(2);
const compiler = webpack({
  mode: 'production',
  context: project,
  // app.js becomes bundle/main.js, any other entry bundle/<its name>.js.
  entry: entryFile ? { [entryFile.replace(/\.js$/, '')]: `./${entryFile}` } : './app.js',
  output: { path: join(project, 'bundle') },
  target: 'web',
  // Checks what webpack makes of the package, not its size: budgets.json holds the sizes, and an
  // app that takes every widget at once is past webpack's 244 KB hint by design.
  performance: { hints: false },
  // Minifying cannot add a warning about the package's modules; it only takes time.
  optimization: { minimize: false },
});

const stats = await new Promise((resolve, reject) =>
  compiler.run((error, result) => (error ? reject(error) : compiler.close(() => resolve(result)))),
);
const { warnings = [], errors = [], modules = [] } = stats.toJson({ all: false, warnings: true, errors: true, modules: true });
if (warnings.length || errors.length) {
  console.error(stats.toString({ all: false, warnings: true, errors: true, colors: false }));
  process.exit(1);
}
const fromPackage = modules.filter((module) => module.name?.includes('node_modules/iom-widgets/')).length;
console.log(`webpack ${webpack.version}: ${modules.length} modules (${fromPackage} of iom-widgets), no warning`);
