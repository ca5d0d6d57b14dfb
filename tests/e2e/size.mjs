// Sizes of a built dist/: every file raw, gzip -9 and brotli, and the total of what a reader
// downloads (HTML, JS, wasm, CSS). Run: node tests/e2e/size.mjs dist
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SHIPPED = new Set(['.html', '.js', '.wasm', '.css']);
/** Files a reader of the explainer does not download: fetched on request, or pages of their own. */
const ON_REQUEST = new Set(['qr.wasm', 'corrections.html']);

export function sizes(dist) {
  const files = readdirSync(dist)
    .filter((name) => statSync(join(dist, name)).isFile())
    .map((name) => {
      const bytes = readFileSync(join(dist, name));
      return {
        name,
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        // What a reader of the app downloads: not the host's embed script and demo, nor the
        // single-file build, which is a separate download of the same app, nor the QR encoder,
        // fetched only when a reader asks for a code, nor the corrections log, a page of its own.
        shipped: SHIPPED.has(extname(name)) && !name.startsWith('embed') && !ON_REQUEST.has(name)
          && !/^two-words(\.[a-z-]+)?\.html$/.test(name),
      };
    });
  const total = (key) => files.filter((f) => f.shipped).reduce((sum, f) => sum + f[key], 0);
  return { files, total: { raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') } };
}

const kb = (n) => (n / 1000).toFixed(1).padStart(8) + ' KB';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, total } = sizes(process.argv[2] ?? 'dist');
  console.log(`${'file'.padEnd(44)}${'raw'.padStart(11)}${'gzip'.padStart(11)}${'brotli'.padStart(11)}`);
  for (const f of files) console.log(`${f.name.padEnd(44)}${kb(f.raw)}${kb(f.gzip)}${kb(f.brotli)}`);
  console.log(`${'total (HTML, JS, wasm, CSS; not qr.wasm, corrections)'.padEnd(44)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);
}
