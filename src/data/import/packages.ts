/**
 * The parsers importing needs besides iom-widgets: htmlparser2 (RSS and Atom are XML) and parse5
 * (the HTML inside them). Both are optional peer dependencies (package.json), installed only to
 * import, so that apps that run the widgets in the browser never install them.
 */
import { MissingPackagesError, attempt, isFound } from '../missing-packages.js';

export type Htmlparser2 = typeof import('htmlparser2');
export type Parse5 = typeof import('parse5');

/** Both parsers, or a {@link MissingPackagesError} naming those that cannot be found. */
export const loadParsers = async (): Promise<{ htmlparser2: Htmlparser2; parse5: Parse5 }> => {
  const [htmlparser2, parse5] = await Promise.all([attempt('htmlparser2', () => import('htmlparser2')), attempt('parse5', () => import('parse5'))]);
  if (isFound(htmlparser2) && isFound(parse5)) return { htmlparser2, parse5 };
  throw new MissingPackagesError([htmlparser2, parse5].flatMap((found) => (isFound(found) ? [] : [found.missing])), 'importing');
};
