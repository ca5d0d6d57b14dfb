// The shipped HTML against the W3C Nu HTML Checker (vnu-jar), before and after the app has
// rendered, and Lighthouse 12 on Debian's Chromium: at least 90 in every category.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { medianLighthouse } from './lighthouse.mjs';
import { serve } from './server.mjs';
import { launch, open } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const DIST = process.env.TWO_WORDS_DIST ?? join(here, '../../dist');
// Reports go to target/, whichever engine's screenshots folder the run uses.
const REPORTS = join(here, '../../target');
const VNU = join(dirname(require.resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

let server;
before(async () => { server = await serve(DIST); });
after(() => server?.close());

/** Runs the Nu HTML Checker on files; returns its error messages (none when valid). */
function validate(files) {
  try {
    execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'text', ...files], { stdio: 'pipe' });
    return [];
  } catch (error) {
    return String(error.stderr || error.stdout || error.message).trim().split('\n').filter(Boolean);
  }
}

/** Every HTML file under a folder. */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

test('every shipped HTML file, the rendered page and the embed snippet are valid HTML (Nu HTML Checker)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'two-words-vnu-'));
  const files = htmlFiles(DIST);
  for (const name of ['index.html', 'two-words.html', 'embed-demo.html', 'views/sre/index.html', 'de/views/sre/index.html', 'corrections.html', 'de/corrections.html']) {
    assert.ok(files.includes(join(DIST, name)), `${name} is checked`);
  }
  const browser = await launch();
  try {
    for (const query of ['', '?preset=sre', '?model=gcp']) {
      const { page, context } = await open(browser, server.url + query);
      const html = await page.evaluate(() => '<!DOCTYPE html>\n' + document.documentElement.outerHTML);
      const file = join(dir, `rendered-${files.length}.html`);
      writeFileSync(file, html);
      files.push(file);
      await context.close();
    }
    // The embed snippet, pasted as it is into the body of a minimal article page.
    const { page, context } = await open(browser, server.url + '?preset=sre');
    await page.click('[data-action="embed"]');
    const snippet = await page.inputValue('#embed-code');
    await context.close();
    const file = join(dir, 'snippet.html');
    writeFileSync(file, `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Article</title></head>\n<body>\n${snippet}\n</body></html>\n`);
    files.push(file);
  } finally {
    await browser.close();
  }
  assert.deepEqual(validate(files), []);
});

test('Lighthouse 12 scores at least 90 in every category on the release build (median of three runs)', async () => {
  const { benchmarkIndex, cpuSlowdownMultiplier, results: [median] } = await medianLighthouse([server.url], { runs: 3 });
  console.log(`Lighthouse: benchmark index ${benchmarkIndex}, CPU slowdown ${cpuSlowdownMultiplier}x`);
  mkdirSync(REPORTS, { recursive: true });
  writeFileSync(join(REPORTS, 'lighthouse.json'), median.report);
  console.log('Lighthouse scores of each run:', median.all.map((s) => JSON.stringify(s)).join(' '));
  console.log('Lighthouse scores:', JSON.stringify(median.scores));
  for (const [id, score] of Object.entries(median.scores)) assert.ok(score >= 90, `${id}: ${score}`);
  assert.equal(Object.keys(median.scores).length, 4, 'performance, accessibility, best practices, SEO');
});
