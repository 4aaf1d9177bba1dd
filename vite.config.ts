/**
 * Three builds from one source (`vite build --mode dist|cdn|classic`; `npm run build` runs all):
 *
 * - `dist/`: ES modules for bundlers. `lit` stays an import; @lit/localize is bundled so that
 *   its one-time configuration is private to this library. Readable, tree-shakeable.
 * - `cdn/`: self-contained, minified ES modules for `<script type="module">`: the loader, the
 *   all-in-one bundle and one module per element, sharing chunks.
 * - `cdn/iom-widgets.classic.js` (`--mode classic`, after `--mode cdn`): the loader as a classic
 *   script, for a plain `<script src>`; it imports cdn/'s element modules as the loader does.
 * - `cdn/hydrate.js` (`--mode hydrate`): hydration of prerendered widgets (`iom-widgets render`).
 *
 * And a tool that is not part of the library: `--mode builder` builds the demo's embed-code
 * builder (tools/embed-builder/) into demo/build/.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { feedJsonSchema } from './src/data/validate.js';
import { contentApiSchemas, recordFileSchemas } from './src/data/build/schemas.js';
import { contentIds } from './scripts/content-ids.mjs';
import { tagOf, widgetNames } from './scripts/widgets.mjs';
import { addressesResolveInPlace, coreChunk } from './scripts/chunking.mjs';

/** Each folder of src/elements/ is a widget: its entry modules are derived from the folders. */
const elements = widgetNames();

const define = (name: string) => `src/elements/${name}/define.ts`;
const absolute = (path: string) => fileURLToPath(new URL(`./${path}`, import.meta.url));

/** cdn/locales/<locale>/<group>.js: each group of UI strings in each locale, at a known address. */
const localeEntries = () =>
  Object.fromEntries(
    readdirSync('src/i18n/locales', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap(({ name: locale }) =>
        readdirSync(`src/i18n/locales/${locale}`).map((file) => {
          const group = file.replace(/\.ts$/, '');
          return [`locales/${locale}/${group}`, `src/i18n/locales/${locale}/${file}`];
        }),
      ),
  );
const classOnly = (name: string) => `src/elements/${name}/${name}.ts`;

/**
 * Publishes the JSON Schemas beside the data package: the feed's, and in data/schemas/ those of
 * each kind of record file (which content files name in "$schema") and of the content API's documents.
 */
const feedSchema = {
  name: 'iom-feed-schema',
  generateBundle(this: { emitFile(file: object): void }) {
    const schemas = {
      'data/feed.schema.json': feedJsonSchema(),
      ...Object.fromEntries(Object.entries({ ...recordFileSchemas(), ...contentApiSchemas() }).map(([name, schema]) => [`data/schemas/${name}`, schema])),
    };
    for (const [fileName, schema] of Object.entries(schemas)) {
      this.emitFile({ type: 'asset', fileName, source: `${JSON.stringify(schema, null, 2)}\n` });
    }
  },
};

/** Minifies the HTML and CSS inside Lit's tagged templates, which the JS minifier leaves alone. */
const minifyTemplates = () => ({ ...minifyHtmlLiterals({ failOnError: true }), enforce: 'pre' as const });

const dist: UserConfig = {
  // Templates minified as in cdn/: prerendering (dist/render.js) renders them, and hydration
  // needs the very templates the page runs (cdn/ or dist/), which Lit checks by a digest of them.
  plugins: [minifyTemplates(), feedSchema],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      formats: ['es'],
      entry: {
        index: 'src/index.ts',
        loader: 'src/loader.ts',
        hydrate: 'src/hydrate.ts',
        // Node only: prerendering (`iom-widgets render`), and the renderer it loads, which imports
        // @lit-labs/ssr and parse5 (kept at the top of dist/: it finds ../cdn/integrity.json).
        render: 'src/render/index.ts',
        'render-page': 'src/render/render-page.ts',
        'data/index': 'src/data/index.ts',
        // Node only: the content build (`iom-widgets content build`, `iom-widgets/content`).
        content: 'src/data/build/index.ts',
        // The content build's worker for map documents, which runs its own file (src/data/build/map/map-worker.ts).
        'content-map-worker': 'src/data/build/map/map-worker.ts',
        // Node only: the importers (`iom-widgets import`), which import htmlparser2 and parse5.
        import: 'src/data/import/index.ts',
        // The guarded define() alone, without a tag: the React wrappers (dist/react/, written by
        // scripts/write-react-wrappers.mjs) define their element with it in the browser only.
        define: 'src/core/define.ts',
        ...Object.fromEntries(elements.flatMap((name) => [
          [`elements/${name}`, define(name)],
          [`elements/${name}.class`, classOnly(name)],
        ])),
      },
    },
    rolldownOptions: {
      // Lets index.js import the element entry modules themselves, so the tag definitions stay
      // in dist/elements/*.js, the only files package.json lists as having side effects.
      preserveEntrySignatures: 'allow-extension',
      // Lit, the prerendering, importing and map data packages stay imports. Lit's hydration support
      // (@lit-labs/ssr-client) is bundled into hydrate.js, importing the app's lit-html, so that
      // browser apps install Lit alone.
      external: [/^lit(\/|$)/, /^@lit\/reactive-element/, /^lit-html/, /^lit-element/, /^@lit-labs\/ssr(\/|$)/, /^parse5(\/|$)/, /^htmlparser2(\/|$)/, /^d3-geo(\/|$)/, /^topojson-(client|simplify)(\/|$)/, /^world-atlas(\/|$)/, /^iso-3166-1(\/|$)/, /^node:/],
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
};

/**
 * Publishes the CSS that keeps each widget's space before its script runs, as
 * cdn/reserve-space.css: the rules of every widget's folder (src/elements/<name>/reserve-space.css).
 * A widget without its rule fails the build.
 */
const reserveSpaceCss = {
  name: 'iom-reserve-space-css',
  async generateBundle(this: { emitFile(file: object): void }) {
    const rules = await Promise.all(
      elements.map((name) =>
        readFile(new URL(`./src/elements/${name}/reserve-space.css`, import.meta.url), 'utf8').catch(() => {
          throw new Error(`src/elements/${name}/ has no reserve-space.css: the space <${tagOf(name)}> keeps before its script runs`);
        }),
      ),
    );
    const header = '/*\n * iom-widgets: keeps each widget\'s space before its script has run, as much as its loading\n * state takes, so the upgrade moves nothing on the page. Link it (cdn/reserve-space.css) or copy it.\n */\n';
    this.emitFile({ type: 'asset', fileName: 'reserve-space.css', source: header + rules.join('') });
  },
};

/** What the loader's code holds until the build writes the chunks of each element in its place. */
const elementChunksPlaceholder = /(["'`])__IOM_ELEMENT_CHUNKS__\1/;

interface BuiltChunk {
  type: 'chunk' | 'asset';
  fileName: string;
  imports?: readonly string[];
  code?: string;
}

/**
 * Writes into cdn/loader.js, for each tag, the chunks its element module imports, all the way
 * down, so that the loader fetches them beside the element rather than one round trip after
 * another (src/loader.ts), and into cdn/element-chunks.json. A loader without the place for
 * them fails the build.
 */
const elementChunksInLoader = {
  name: 'iom-element-chunks-in-loader',
  generateBundle(this: { emitFile(file: object): void }, _options: unknown, bundle: Record<string, BuiltChunk>) {
    const chunks = new Map(Object.values(bundle).filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
    const importedBy = (fileName: string, found = new Set<string>()): Set<string> => {
      for (const imported of chunks.get(fileName)?.imports ?? []) {
        if (found.has(imported)) continue;
        found.add(imported);
        importedBy(imported, found);
      }
      return found;
    };
    const elementChunks = Object.fromEntries(elements.map((name) => [tagOf(name), [...importedBy(`elements/${name}.js`)].sort()]));
    const loader = chunks.get('loader.js');
    if (!loader?.code || !elementChunksPlaceholder.test(loader.code)) throw new Error('cdn/loader.js has no place for the chunks of each element (__IOM_ELEMENT_CHUNKS__)');
    loader.code = loader.code.replace(elementChunksPlaceholder, JSON.stringify(elementChunks));
    // The same map for pages that name what a widget needs in their HTML (preload hints: the
    // embed code builder writes them, tools/embed-builder/page-hints.ts).
    this.emitFile({ type: 'asset', fileName: 'element-chunks.json', source: `${JSON.stringify(elementChunks, null, 2)}\n` });
  },
};

const cdn: UserConfig = {
  plugins: [minifyTemplates(), reserveSpaceCss, elementChunksInLoader, addressesResolveInPlace([absolute('src/loader.ts')])],
  build: {
    outDir: 'cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: process.env.IOM_SOURCEMAP === '1',
    lib: {
      formats: ['es'],
      entry: {
        loader: 'src/loader.ts',
        'iom-widgets': 'src/index.ts',
        ...Object.fromEntries(elements.map((name) => [`elements/${name}`, define(name)])),
        ...localeEntries(),
      },
    },
    rolldownOptions: {
      // The loader imports cdn/elements/*.js themselves rather than a re-exporting facade.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        comments: false,
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name].js',
        // What every widget page needs travels as one chunk (scripts/chunking.mjs); the import
        // graph decides the rest. Feeds, locales and the error box stay in chunks of their own.
        codeSplitting: { groups: [{ name: coreChunk('iom-core', elements.map((name) => absolute(define(name)))), debugName: 'iom-core' }] },
      },
    },
  },
};

/**
 * Writes into cdn/iom-widgets.classic.js the chunks of each element that the cdn/ build wrote to
 * cdn/element-chunks.json (the classic script is the loader, built after cdn/).
 */
const elementChunksInClassic = {
  name: 'iom-element-chunks-in-classic',
  async generateBundle(_options: unknown, bundle: Record<string, BuiltChunk>) {
    const elementChunks = await readFile(new URL('./cdn/element-chunks.json', import.meta.url), 'utf8').catch(() => {
      throw new Error('cdn/element-chunks.json is missing: build cdn/ (vite build --mode cdn) before the classic script');
    });
    const script = bundle['iom-widgets.classic.js'];
    if (!script?.code || !elementChunksPlaceholder.test(script.code)) throw new Error('cdn/iom-widgets.classic.js has no place for the chunks of each element (__IOM_ELEMENT_CHUNKS__)');
    script.code = script.code.replace(elementChunksPlaceholder, JSON.stringify(JSON.parse(elementChunks)));
  },
};

/**
 * cdn/iom-widgets.classic.js: the loader (src/loader.ts) as a classic script, for pages whose
 * HTML cannot say `type="module"`. It defines each widget whose tag is on the page, now or later,
 * by importing the same element modules of cdn/ as the loader, so it is as fast as the loader;
 * its exports are the global `IomWidgets` (`observe`, `discover`).
 */
const classic: UserConfig = {
  plugins: [elementChunksInClassic],
  build: {
    outDir: 'cdn',
    emptyOutDir: false,
    target: 'es2022',
    lib: {
      formats: ['iife'],
      name: 'IomWidgets',
      entry: { 'iom-widgets.classic': 'src/loader.ts' },
    },
    rolldownOptions: {
      output: {
        minify: true,
        comments: false,
        entryFileNames: '[name].js',
      },
    },
  },
};

/**
 * cdn/hydrate.js: Lit's hydration of prerendered widgets; `iom-widgets render` adds its script
 * before the page's iom-widgets script. Self-contained (its own copy of lit-html's hydration and
 * rendering; no import, no export, so it also runs as a classic script): pages without
 * prerendered widgets load nothing of it, and it runs before any module of the library, whose
 * base element then extends the class it registered (src/core/hydration.ts).
 */
const hydrate: UserConfig = {
  build: {
    outDir: 'cdn',
    emptyOutDir: false,
    target: 'es2022',
    lib: { formats: ['es'], entry: { hydrate: 'src/hydrate.ts' } },
    rolldownOptions: { output: { minify: true, comments: false, entryFileNames: '[name].js' } },
  },
};

/** The embed-code builder of demo/builder.html, with its own copy of Lit: the widgets come from cdn/. */
const builder: UserConfig = {
  plugins: [contentIds()],
  build: {
    outDir: 'demo/build',
    emptyOutDir: true,
    target: 'es2022',
    lib: { formats: ['es'], entry: { 'embed-builder': 'tools/embed-builder/define.ts' } },
    rolldownOptions: {
      output: { minify: true, comments: false, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
};

export default defineConfig(({ mode }) => {
  const configs: Record<string, UserConfig> = { dist, cdn, hydrate, classic, builder };
  const config = configs[mode];
  if (!config) throw new Error(`vite build --mode must be one of ${Object.keys(configs).join(', ')}`);
  return {
    ...config,
    // cdn/ loads modules by address: the loader (and the classic script, which is the loader)
    // cdn/elements/*.js beside itself or at its data-base-path, the core
    // cdn/locales/<locale>/<group>.js. Every other build imports them
    // statically, and gets no `import()` of an expression (which bundlers that take in dist/ warn
    // about), since the condition is a constant it drops. The cdn/ flag also says where the
    // content API beside the library is (src/data/content-api.ts); the classic flag makes the
    // loader, which has no import.meta as a classic script, find its own address from its <script>.
    define: { __IOM_CDN_BUILD__: JSON.stringify(mode === 'cdn' || mode === 'classic'), __IOM_CLASSIC_BUILD__: JSON.stringify(mode === 'classic') },
    logLevel: 'warn',
    publicDir: false,
    resolve: {
      // The generated locale modules import `str` from @lit/localize's index; point them at the
      // same small module the source uses (src/i18n/msg.ts).
      alias: [{ find: /^@lit\/localize$/, replacement: fileURLToPath(new URL('./src/i18n/msg.ts', import.meta.url)) }],
    },
  };
});
