// Debian's Chromium, headless, with the flags these containers need; and a static file server
// for the repository, so scripts can load built files as a partner's page would.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromiumPath, requirePackages } from './system-packages.mjs';

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const launchChromium = () => {
  requirePackages(['chromium']);
  return puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });
};

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.xhtml': 'application/xhtml+xml',
  '.map': 'application/json',
};

/** Text a CDN would compress. */
const compressible = /^(text\/|application\/json|image\/svg)/;

/**
 * The folder and the path inside it that serve `path`: the folder of the longest `mounts` prefix
 * that starts it (the rest of the path inside that folder), else `root`.
 */
const folderFor = (path, root, mounts) => {
  const prefix = Object.keys(mounts)
    .filter((start) => path.startsWith(start))
    .sort((a, b) => b.length - a.length)[0];
  return prefix === undefined ? { folder: root, inside: path } : { folder: mounts[prefix], inside: `/${path.slice(prefix.length)}` };
};

/**
 * Serves `root` on 127.0.0.1 (a free port). `pages` maps paths to HTML made on the fly. With
 * `gzip`, text is sent compressed to clients that accept it, as a CDN does. `mounts` maps path
 * prefixes (ending in `/`) to other folders, e.g. `{ '/cdn/content/': '/tmp/corpus-api' }` serves
 * the library with another content API beside it.
 * Resolves to { origin, close }.
 */
export const serve = (root, pages = {}, { gzip = false, mounts = {} } = {}) =>
  new Promise((resolve) => {
    const server = createServer(async (request, response) => {
      const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
      if (pages[path]) {
        response.writeHead(200, { 'content-type': types['.html'] });
        return response.end(pages[path]);
      }
      const { folder, inside } = folderFor(path, root, mounts);
      const file = normalize(join(folder, inside.endsWith('/') ? `${inside}index.html` : inside));
      if (!file.startsWith(normalize(folder))) {
        response.writeHead(403);
        return response.end();
      }
      try {
        const body = await readFile(file);
        const type = types[extname(file)] ?? 'application/octet-stream';
        if (gzip && compressible.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
          response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'max-age=31536000' });
          return response.end(gzipSync(body));
        }
        response.writeHead(200, { 'content-type': type });
        response.end(body);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('Not found');
      }
    });
    server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
