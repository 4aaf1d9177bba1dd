import { MissingPackagesError, isMissingPackage } from '../data/missing-packages.js';

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

export { MissingPackagesError };

/** The prerendering packages that cannot be found from here, in the order of package.json. */
export const missingPackages = async (): Promise<string[]> => {
  const found = await Promise.all(
    Object.entries(prerenderingPackages).map(([name, load]) => load().then(() => [], (error: unknown) => (isMissingPackage(error, name) ? [name] : []))),
  );
  return found.flat();
};
