/**
 * The packages that prerendering needs besides Lit. They are optional peer dependencies of
 * iom-widgets (package.json): an app installs them only to prerender, so that apps that run the
 * widgets in the browser do not install a server renderer.
 */
const prerenderingPackages: Record<string, () => Promise<unknown>> = {
  // The first module ./render-page.ts imports of it, which has no effect on its own.
  '@lit-labs/ssr': () => import('@lit-labs/ssr/lib/install-global-dom-shim.js'),
  parse5: () => import('parse5'),
};

/** Thrown by `renderPage()` when a package that prerendering needs is not installed. */
export class MissingPackagesError extends Error {
  override readonly name = 'MissingPackagesError';

  /** @param missing the packages to install, e.g. `['@lit-labs/ssr', 'parse5']` */
  constructor(readonly missing: readonly string[]) {
    const names = new Intl.ListFormat('en', { type: 'conjunction' }).format(missing);
    super(`prerendering with iom-widgets needs ${names}: npm i -D ${missing.join(' ')}`);
  }
}

const isMissing = (error: unknown, name: string): boolean =>
  (error as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(`'${name}'`);

/** The prerendering packages that cannot be found from here, in the order of package.json. */
export const missingPackages = async (): Promise<string[]> => {
  const found = await Promise.all(
    Object.entries(prerenderingPackages).map(([name, load]) => load().then(() => [], (error: unknown) => (isMissing(error, name) ? [name] : []))),
  );
  return found.flat();
};
