/**
 * The optional peer dependencies of iom-widgets (package.json) that some Node tools need:
 * prerendering (@lit-labs/ssr, parse5) and importing (htmlparser2, parse5). Apps that run the
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
    task: string,
  ) {
    const names = new Intl.ListFormat('en', { type: 'conjunction' }).format(missing);
    super(`${task} with iom-widgets needs ${names}: npm i -D ${missing.join(' ')}`);
  }
}

/** Whether `error`, from importing a module, says that the package `name` is not installed. */
export const isMissingPackage = (error: unknown, name: string): boolean =>
  (error as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(`'${name}'`);
