// Why: the browser tests need the BUILT UI (ui/dist, exactly what Tauri embeds) on an http
// origin, plus a few test-only files. This small static server on 127.0.0.1 (random port):
//   /                     ui/dist, with index.html rewritten to load the IPC harness BEFORE the
//                         app's own module script (module scripts run in document order)
//   /__test__/harness.js  tests/web/harness.js (mockIPC answering from fixtures/ipc.json)
//   /__test__/fixture.js  tests/web/fixtures/ipc.json as an ES module
//   /__test__/tauri-api/  node_modules/@tauri-apps/api (the real package, for mockIPC)
//   /__test__/axe.min.js  node_modules/axe-core/axe.min.js
// Every response carries the app's Content-Security-Policy (read from src-tauri/tauri.conf.json
// when it exists), so a CSP violation in the UI shows up in these tests too.

import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = join(REPO, 'ui', 'dist');
const HERE = join(REPO, 'tests', 'web');
const TAURI_API = dirname(require.resolve('@tauri-apps/api/package.json'));
const AXE = require.resolve('axe-core/axe.min.js');

/** The CSP of tauri.conf.json; this copy is used only if that file is missing. */
const DEFAULT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src ipc: http://ipc.localhost; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";

export function appCsp() {
  const confPath = join(REPO, 'src-tauri', 'tauri.conf.json');
  if (!existsSync(confPath)) {
    return DEFAULT_CSP;
  }
  const csp = JSON.parse(readFileSync(confPath, 'utf8'))?.app?.security?.csp;
  if (typeof csp === 'string') {
    return csp;
  }
  if (csp && typeof csp === 'object') {
    return Object.entries(csp)
      .map(([directive, value]) => `${directive} ${Array.isArray(value) ? value.join(' ') : value}`)
      .join('; ');
  }
  return DEFAULT_CSP;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const HARNESS_TAG = '<script type="module" src="/__test__/harness.js"></script>';

/** index.html with the harness inserted before the first script tag. */
export function rewriteIndex(html) {
  const at = html.search(/<script\b[^>]*type="module"/);
  if (at < 0) {
    throw new Error('ui/dist/index.html has no <script type="module">: cannot insert the IPC harness');
  }
  return html.slice(0, at) + HARNESS_TAG + '\n    ' + html.slice(at);
}

/** Resolves `rel` inside `root`, or null if it would escape it. */
function inside(root, rel) {
  const full = normalize(join(root, rel));
  return full === root || full.startsWith(root + sep) ? full : null;
}

async function route(pathname) {
  if (pathname === '/__test__/harness.js') {
    return { file: join(HERE, 'harness.js') };
  }
  if (pathname === '/__test__/fixture.js') {
    const json = await readFile(join(HERE, 'fixtures', 'ipc.json'), 'utf8');
    JSON.parse(json); // a broken fixture fails here, with the parser's message
    return { body: `export default ${json};\n`, type: TYPES['.js'] };
  }
  if (pathname === '/__test__/axe.min.js') {
    return { file: AXE };
  }
  if (pathname.startsWith('/__test__/tauri-api/')) {
    const file = inside(TAURI_API, pathname.slice('/__test__/tauri-api/'.length));
    return file ? { file } : null;
  }
  if (pathname === '/' || pathname === '/index.html') {
    const html = await readFile(join(DIST, 'index.html'), 'utf8');
    return { body: rewriteIndex(html), type: TYPES['.html'] };
  }
  const file = inside(DIST, pathname.slice(1));
  return file ? { file } : null;
}

/** Starts the server on a free port of 127.0.0.1; resolves to { origin, close() }. */
export async function startServer() {
  const csp = appCsp();
  const server = createServer(async (req, res) => {
    const headers = {
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    };
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (pathname === '/favicon.ico') {
        // Chromium asks for it on its own; the app has no favicon and needs none.
        res.writeHead(204, headers);
        res.end();
        return;
      }
      const found = await route(decodeURIComponent(pathname));
      if (found && 'body' in found) {
        res.writeHead(200, { ...headers, 'Content-Type': found.type });
        res.end(found.body);
        return;
      }
      if (found && existsSync(found.file) && statSync(found.file).isFile()) {
        const type = TYPES[extname(found.file)] ?? 'application/octet-stream';
        res.writeHead(200, { ...headers, 'Content-Type': type });
        res.end(await readFile(found.file));
        return;
      }
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      res.end(`not found: ${pathname}`);
    } catch (error) {
      res.writeHead(500, { ...headers, 'Content-Type': 'text/plain' });
      res.end(String(error?.stack ?? error));
    }
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error('test server has no TCP address');
  }
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
