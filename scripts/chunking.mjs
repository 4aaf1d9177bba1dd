// How the cdn/ build splits its code into chunks, decided by the import graph rather than by the
// modules' paths, and the check that keeps address-resolving modules where their addresses work.
// Used by vite.config.ts; scripts/check-chunking.mjs builds fixtures with both.

/**
 * A module this small (its code, in characters: about 0.3 KB gzip) that several widgets import
 * joins the core rather than travel as a chunk of its own, whose request would cost more (its
 * headers, its own gzip stream) than the bytes the other widgets' pages save.
 */
export const smallSharedModule = 1200;

/** Every module `entry` imports statically, all the way down, itself included. */
const reachedFrom = (entry, context) => {
  const reached = new Set();
  const pending = [entry];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (reached.has(id)) continue;
    reached.add(id);
    pending.push(...(context.getModuleInfo(id)?.importedIds ?? []));
  }
  return reached;
};

/**
 * A `codeSplitting` group's `name`: the core every widget page loads as one chunk (`name`: one
 * request, one gzip stream) holds the modules that every one of `elementEntries` (absolute paths
 * of the element modules) imports, statically, all the way down (Lit, the English `msg()`, the
 * base element and what it needs), and the small ones that several import. A larger module that
 * only some widgets import goes where the automatic chunking puts it (by the set of entries that
 * import it: what the news card and list share, what the widgets that show records share), and
 * one loaded on demand (the error box, feeds, a locale's translating runtime) in a chunk of its own.
 */
export const coreChunk = (name, elementEntries) => {
  let elementsReaching;
  const countElementsReaching = (context) => {
    const counts = new Map();
    for (const entry of elementEntries) {
      for (const id of reachedFrom(entry, context)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  };
  return (id, context) => {
    elementsReaching ??= countElementsReaching(context);
    const reaching = elementsReaching.get(id) ?? 0;
    const small = (context.getModuleInfo(id)?.code?.length ?? Infinity) < smallSharedModule;
    return reaching === elementEntries.length || (reaching > 1 && small) ? name : null;
  };
};

/**
 * Fails the build when a module that resolves addresses against its own (`import.meta.url`: the
 * content API at `../content/`, the strings at `../locales/`) lands in a file at the top of the
 * output rather than one folder down (chunks/, elements/), where those addresses lead. Only the
 * modules in `topLevel` (the loader, which resolves paths beside itself) may be there.
 */
export const addressesResolveInPlace = (topLevel) => ({
  name: 'iom-addresses-resolve-in-place',
  generateBundle(_options, bundle) {
    const misplaced = [];
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || chunk.fileName.includes('/')) continue;
      for (const id of chunk.moduleIds) {
        if (topLevel.includes(id) || !this.getModuleInfo(id)?.code?.includes('import.meta.url')) continue;
        misplaced.push(`${id} (in ${chunk.fileName})`);
      }
    }
    if (misplaced.length) {
      throw new Error(
        `These modules resolve addresses against import.meta.url, written for a file one folder down (chunks/, elements/), but were bundled at the top of the output, where those addresses lead elsewhere: ${misplaced.join(', ')}`,
      );
    }
  },
});
