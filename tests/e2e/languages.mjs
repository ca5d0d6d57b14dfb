// The languages the release is built in, read from src/content/languages.toml (the one list):
// each one's code, direction and folder in dist/ (the first at the root).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';

const here = dirname(fileURLToPath(import.meta.url));

/** `[{ code, dir, folder }]`, in the file's order; `folder` is '' for the first language. */
export function languages() {
  const text = readFileSync(join(here, '../../src/content/languages.toml'), 'utf8');
  // The file's entries are flat tables of `key = "value"` lines; nothing else is read here.
  return text
    .split(/^\[\[languages\]\]\s*$/m)
    .slice(1)
    .map((entry) => Object.fromEntries([...entry.matchAll(/^(\w+)\s*=\s*"([^"]*)"/gm)].map((m) => [m[1], m[2]])))
    .map((entry, index) => ({ code: entry.code, dir: entry.dir, folder: index === 0 ? '' : entry.code }));
}

/** A language's content file, parsed: the words its pages show (`ui`, `page`, `headlines`, …). */
export function words(code) {
  return parse(readFileSync(join(here, `../../src/content/${code}.toml`), 'utf8'));
}

/** A pattern of the content with its `{slots}` filled, as the app fills them. */
export function fill(pattern, slots) {
  return pattern.replace(/\{(\w+)\}/g, (whole, name) => (name in slots ? String(slots[name]) : whole));
}
