// A static file server for the built dist/ on 127.0.0.1 and a free port, for the end-to-end
// tests. It serves only files inside the folder and answers 404 for anything else.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, extname, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** The policy a newsroom might serve the explainer with (issue 6); the tests serve it too. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'";

/**
 * Serves `root` under `prefix` (for example "/news/explainer/") and resolves to its origin.
 * `refuse` (a RegExp) answers 404 for the paths it matches, as a network that blocks them would.
 * `hold` (a RegExp) keeps the paths it matches waiting until `release()` is called, as a slow
 * network would: a test can look at the page before the app starts, then let it start.
 * `cspOrigin` names the server's own origin beside 'self' in the policy: what a host must do
 * for WebKit, which matches nothing with 'self' in a sandboxed (opaque-origin) frame.
 * `pages` adds test pages by path (for example a host page that embeds the app). `cors` adds
 * `Access-Control-Allow-Origin: *` to the app's files, which a sandboxed iframe (an opaque
 * origin, so every request it makes is cross-origin) needs for module scripts and the wasm.
 */
export async function serve(root, { prefix = '/', pages = {}, cors = false, refuse = null, hold = null, cspOrigin = false, port = 0 } = {}) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (hold?.test(path)) await released;
    if (refuse?.test(path)) {
      res.writeHead(404).end('refused');
      return;
    }
    if (Object.hasOwn(pages, path)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[path]);
      return;
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = path.slice(prefix.length) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(root, rel));
    if (!file.startsWith(normalize(root) + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      const body = await readFile(file);
      // The app's own files are served under the strict policy, so a regression fails the tests.
      const policy = cspOrigin ? CSP.replaceAll("'self'", `'self' http://127.0.0.1:${server.address().port}`) : CSP;
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': policy };
      if (cors) headers['access-control-allow-origin'] = '*';
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address();
  return { origin: `http://127.0.0.1:${bound}`, url: `http://127.0.0.1:${bound}${prefix}`, release, close: () => { release(); server.close(); } };
}

// `node tests/e2e/server.mjs <folder> <port>` serves the folder until stopped (`cargo xtask serve`).
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root, port] = process.argv.slice(2);
  serve(root, { port: Number(port) }).then(
    ({ url }) => console.log(`Serving ${root} on ${url} under the strict CSP (Ctrl-C stops)`),
    (error) => { console.error(`cannot serve ${root} on port ${port}: ${error.message}`); process.exit(1); },
  );
}
