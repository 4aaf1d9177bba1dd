/**
 * The page's iom-widgets script, as prerendering finds it, and the files of cdn/ that go beside
 * it (cdn/hydrate.js, cdn/styles/<tag>.css): their addresses, derived from the script's, and their
 * SRI hashes, when the script carries this build's.
 */
import { escapeHtml } from './fallback.js';
import { attributeOf as attribute, type Element } from './page-tree.js';
import type { Insertion } from './page-encoding.js';

/** The page's iom-widgets script, and what the files added beside it need of it. */
export interface LibraryScript {
  /** Where it starts in the page: the hydration script goes just before it. */
  readonly offset: number;
  /** A classic script that runs at once (no `type="module"`, `defer` or `async`). */
  readonly classic: boolean;
  /** The address of its cdn/ folder, ending in `/`: its data-base-path, else its own folder. */
  readonly folder: string;
  /**
   * The `integrity` and `crossorigin` attributes for `file` (its path in cdn/) when the script
   * carries this build's SRI hash; none when it carries none. When it carries another build's,
   * none either, and one warning.
   */
  integrityOf(file: string): string;
}

/** The library's scripts, by the name of their file in cdn/. */
const libraryFile = /(?:^|\/)(loader|iom-widgets|iom-widgets\.classic)\.js(?:[?#]|$)/;

/** This build's cdn/integrity.json (a variable address: Vite would take a literal for an asset). */
const integrityFile = '../cdn/integrity.json';
const ownIntegrity = async (): Promise<Record<string, string>> => {
  try {
    const { readFile } = await import('node:fs/promises');
    return JSON.parse(await readFile(new URL(integrityFile, import.meta.url), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
};

/**
 * The page's first iom-widgets script (`cdn/loader.js`, `cdn/iom-widgets.js` or
 * `cdn/iom-widgets.classic.js`: at a `/cdn/` or `iom-widgets` address, or with a data-base-path),
 * or `undefined`.
 */
export const findLibraryScript = async (
  scripts: readonly Element[],
  warn: ((message: string) => void) | undefined,
): Promise<LibraryScript | undefined> => {
  const library = scripts.find((script) => {
    const src = attribute(script, 'src');
    return src !== undefined && libraryFile.test(src) && (/iom-widgets|\/cdn\//.test(src) || attribute(script, 'data-base-path') !== undefined);
  });
  if (!library) return undefined;
  const src = attribute(library, 'src')!;
  const hash = attribute(library, 'integrity');
  const own = hash ? await ownIntegrity() : {};
  const sameBuild = hash !== undefined && own[`${libraryFile.exec(src)![1]}.js`] === hash;
  const crossorigin = escapeHtml(attribute(library, 'crossorigin') || 'anonymous');
  let warned = false;
  return {
    offset: library.sourceCodeLocation!.startOffset,
    classic: attribute(library, 'type') !== 'module' && attribute(library, 'defer') === undefined && attribute(library, 'async') === undefined,
    folder: attribute(library, 'data-base-path') || src.replace(/[^/?#]+(?:[?#].*)?$/, ''),
    integrityOf(file) {
      if (sameBuild && own[file]) return ` integrity="${own[file]}" crossorigin="${crossorigin}"`;
      if (hash !== undefined && !sameBuild && !warned) {
        warned = true;
        warn?.(`${src} is not this build of iom-widgets: the files added beside it (cdn/hydrate.js, cdn/styles/) have no integrity hash`);
      }
      return '';
    },
  };
};

/** Whether the page loads cdn/hydrate.js itself. */
export const loadsHydrationSupport = (scripts: readonly Element[]): boolean =>
  scripts.some((script) => /(?:^|\/)hydrate\.js(?:[?#]|$)/.test(attribute(script, 'src') ?? ''));

/**
 * The `<script>` that loads cdn/hydrate.js (from `address`, else beside the library's script), to
 * go before the page's first iom-widgets script (module scripts run in the order of the page, so
 * it runs first): a module script, or a classic one before a classic script that runs at once.
 * With its SRI hash when the page's script has this build's.
 */
export const hydrationScript = (address: string | undefined, library: LibraryScript): Insertion => {
  const href = address ?? `${library.folder}hydrate.js`;
  const integrity = address === undefined ? library.integrityOf('hydrate.js') : '';
  return {
    offset: library.offset,
    text: `<script${library.classic ? '' : ' type="module"'} src="${escapeHtml(href)}"${integrity}></script>`,
    beforeTag: true,
  };
};
