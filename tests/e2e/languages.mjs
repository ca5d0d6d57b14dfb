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

/**
 * What a built page (`dist/<folder>/index.html`) says of itself before any script runs: its
 * language and direction, title, description, card tags and alternates, unescaped.
 */
export function head(dist, folder) {
  const html = readFileSync(join(dist, folder, 'index.html'), 'utf8');
  const unescape = (text) => text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const attribute = (tag, name) => tag.match(new RegExp(`\\b${name}="?([^" >]*)`))?.[1];
  const root = html.match(/<html[^>]*>/)[0];
  return {
    lang: attribute(root, 'lang'),
    dir: attribute(root, 'dir'),
    title: unescape(html.match(/<title>([^<]*)<\/title>/)?.[1] ?? ''),
    description: unescape(html.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? ''),
    alternates: [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1], m[2]]),
    card: Object.fromEntries([...html.matchAll(/<meta (?:property|name)="((?:og|twitter):[a-z_]+)" content="([^"]*)">/g)].map((m) => [m[1], unescape(m[2])])),
  };
}

/** Content words as a reader sees them: an original quotation's mark, `{en:…}`, left out. */
export const plain = (text) => text.replace(/\{en:([^}]*)\}/g, '$1');

/**
 * A language's content file, parsed: the words its pages show (`ui`, `page`, `headlines`, …),
 * as plain words (see `plain`).
 */
export function words(code) {
  return parse(plain(readFileSync(join(here, `../../src/content/${code}.toml`), 'utf8')));
}

/** A pattern of the content with its `{slots}` filled, as the app fills them. */
export function fill(pattern, slots) {
  return pattern.replace(/\{(\w+)\}/g, (whole, name) => (name in slots ? String(slots[name]) : whole));
}
