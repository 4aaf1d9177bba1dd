// Debian's Chromium, headless, with the flags these containers need; and a static file server
// for the repository, so scripts can load built files as a partner's page would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

/** Chromium; `acceptInsecureCerts` for a server of {@link serve} with `http2` (its certificate is its own). */
export const launchChromium = ({ acceptInsecureCerts = false } = {}) => {
  requirePackages(['chromium']);
  return puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags, acceptInsecureCerts });
};

/** A certificate of 127.0.0.1 for a day, made with openssl: browsers speak HTTP/2 only over TLS. */
const selfSignedCertificate = () => {
  const folder = mkdtempSync(join(tmpdir(), 'iom-tls-'));
  try {
    const [key, cert] = [join(folder, 'key.pem'), join(folder, 'cert.pem')];
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
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
 * the library with another content API beside it. With `http2`, it speaks HTTP/2 over TLS, as
 * CDNs do (every request of a page on one connection, none waiting for one of HTTP/1.1's six), with
 * a certificate of its own (launch Chromium with `acceptInsecureCerts`).
 * Resolves to { origin, close }.
 */
export const serve = (root, pages = {}, { gzip = false, mounts = {}, http2 = false } = {}) =>
  new Promise((resolve) => {
    const handle = async (request, response) => {
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
    };
    const server = http2 ? createSecureServer({ ...selfSignedCertificate(), allowHTTP1: true }, handle) : createServer(handle);
    // An HTTP/2 server closes once its sessions have: end them, or close would wait for the browser.
    const sessions = new Set();
    server.on('session', (session) => sessions.add(session.once('close', () => sessions.delete(session))));
    const close = () =>
      new Promise((done) => {
        server.close(done);
        for (const session of sessions) session.destroy();
      });
    server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `${http2 ? 'https' : 'http'}://127.0.0.1:${port}`, close });
    });
  });
