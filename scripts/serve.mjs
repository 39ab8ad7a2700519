// Serves the built site (dist/) the way a static host would: index.html for folders,
// 404.html with status 404, and the headers from dist/_headers. Used by `npm start`
// and by the browser tests. Run: node scripts/serve.mjs [--port 4321]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/**
 * Reads a Netlify/Cloudflare-style _headers file: a path pattern on its own line, then
 * indented "Name: value" lines. Only "/*" and exact paths are used by this site.
 * @param {string} text
 * @returns {{ pattern: string, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: string, headers: [string, string][] }[]} */
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const at = line.indexOf(':');
    const rule = rules.at(-1);
    if (at > 0 && rule) rule.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return rules;
}

/** @param {string} pattern @param {string} pathname */
function matches(pattern, pathname) {
  if (pattern.endsWith('*')) return pathname.startsWith(pattern.slice(0, -1));
  return pattern === pathname;
}

/**
 * Starts the server. Resolves once it is listening. `onRequest` is told of every request
 * (tests count what a browser downloads with it).
 * @param {{ root?: string, port?: number, host?: string, onRequest?: (request: import('node:http').IncomingMessage) => void }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startServer(options = {}) {
  const root = resolve(options.root ?? 'dist');
  const host = options.host ?? '127.0.0.1';
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`There is no built site in ${root}. Run "npm run build" first.`);
  }
  const headersPath = join(root, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];

  const server = createServer(async (request, response) => {
    options.onRequest?.(request);
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    let filePath = normalize(join(root, pathname));
    if (filePath !== root && !filePath.startsWith(root + sep)) filePath = join(root, '404.html');
    let status = 200;
    try {
      const info = await stat(filePath);
      if (info.isDirectory()) {
        if (!pathname.endsWith('/')) {
          response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
          response.end();
          return;
        }
        filePath = join(filePath, 'index.html');
        await stat(filePath);
      }
    } catch {
      status = 404;
      filePath = join(root, '404.html');
    }
    for (const rule of rules) {
      if (matches(rule.pattern, url.pathname)) {
        for (const [name, value] of rule.headers) response.setHeader(name, value);
      }
    }
    try {
      const body = await readFile(filePath);
      response.setHeader(
        'Content-Type',
        CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (extname(filePath))] ??
          'application/octet-stream',
      );
      response.setHeader('Cache-Control', 'no-cache');
      response.writeHead(status);
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    }
  });

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolveListen(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose(undefined));
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const portFlag = process.argv.indexOf('--port');
  const port = Number(portFlag > 0 ? process.argv[portFlag + 1] : (process.env.PORT ?? 4321));
  const { url } = await startServer({ port });
  console.log(
    `Open ISF is running at ${url.replace('127.0.0.1', 'localhost')}/ (press Ctrl+C to stop)`,
  );
}
