/**
 * The optional peer dependencies of iom-widgets (package.json) that some Node tools need:
 * prerendering (@lit-labs/ssr, parse5), importing (htmlparser2, parse5) and the content build's
 * map data (d3-geo, topojson-client, topojson-simplify, world-atlas, iso-3166-1). Apps that run the
 * widgets in the browser do not install them; a tool without them says which to install.
 */

/** Thrown by a Node tool of iom-widgets when a package it needs is not installed. */
export class MissingPackagesError extends Error {
  override readonly name = 'MissingPackagesError';

  /**
   * @param missing the packages to install, e.g. `['@lit-labs/ssr', 'parse5']`
   * @param task what needs them, e.g. `prerendering`
   */
  constructor(
    readonly missing: readonly string[],
    readonly task: string,
  ) {
    const names = new Intl.ListFormat('en', { type: 'conjunction' }).format(missing);
    super(`${task} with iom-widgets needs ${names}: npm i -D ${missing.join(' ')}`);
  }
}

/** Whether `error`, from importing a module (or resolving a file of a package), says that the package `name` is not installed. */
export const isMissingPackage = (error: unknown, name: string): boolean => {
  const { code } = error as { code?: unknown };
  const message = String((error as Error).message);
  if (code === 'ERR_MODULE_NOT_FOUND') return message.includes(`'${name}'`);
  // require.resolve('name/file') names the file it looked for.
  return code === 'MODULE_NOT_FOUND' && message.includes(`'${name}/`);
};

/** Marks a package that is not installed. */
export interface Missing {
  readonly missing: string;
}

/** The module `load` imports, or {@link Missing} when the package `name` is not installed. */
export const attempt = <T extends object>(name: string, load: () => Promise<T>): Promise<T | Missing> =>
  load().catch((error: unknown) => {
    if (isMissingPackage(error, name)) return { missing: name };
    throw error;
  });

/** Whether `found` is what {@link attempt} loaded. */
export const isFound = <T extends object>(found: T | Missing): found is T => !('missing' in found);
