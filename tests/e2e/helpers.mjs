// Shared by the end-to-end suites: where things are, the reader's view of the page, and axe.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { serve } from './server.mjs';
import { launch, open, closeVariants, ENGINE } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export const DIST = process.env.TWO_WORDS_DIST ?? join(here, '../../dist');
export const SHOTS = process.env.TWO_WORDS_SCREENSHOTS ?? join(here, '../../target/screenshots', ENGINE);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** What a reader sees of the view: the checked parts, the verdict, the address, the notice. */
export async function readState(page) {
  // The app writes the address just after a change (outside the click's work): let it.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return page.evaluate(() => {
    const checked = (name) => document.querySelector(`input[name="${name}"]:checked`)?.value;
    const v = document.querySelector('#verdict');
    return {
      memory: checked('memory'),
      tools: checked('tools'),
      model: checked('model'),
      terms: checked('terms'),
      verdict: v?.dataset.verdict,
      contested: v?.dataset.contested === 'true',
      search: location.search,
      notice: document.querySelector('#notice')?.textContent ?? null,
    };
  });
}

/**
 * A host page that embeds the app at `src` in `iframe#frame` (with `data-two-words`, so
 * embed.js sizes it), with `sandbox` if given, followed by `script` (markup: an inline
 * recorder, or embed.js). Test pages are served without the app's CSP.
 */
export function hostPage(src, { sandbox, script = '' } = {}) {
  const sandboxed = sandbox ? ` sandbox="${sandbox}"` : '';
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body><h1>Host</h1><iframe id="frame" data-two-words title="Two Words" src="${src}" width="600" height="300"${sandboxed}></iframe>
${script}</body></html>`;
}

/** Runs axe-core on the page and returns its violations, one line each. */
export async function axeViolations(page) {
  // Evaluated through the driver, not injected as a <script>: the page's strict CSP forbids that.
  await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Reads `read()` until it gives the same value for a second: a frame sized to its content grows
 * for a while as its sections below the fold take their real size.
 */
export async function settled(page, read) {
  let value = await read();
  for (let i = 0, same = 0; i < 60 && same < 4; i++) {
    await page.waitForTimeout(250);
    const now = await read();
    same = now === value ? same + 1 : 0;
    value = now;
  }
  return value;
}

/**
 * Walks the page's app through every system, one at a time through its controls (four clicks,
 * then two animation frames), and returns where the lowest of its options, its headline and its
 * diagram ended for the system that reached lowest: `{ bottom, system, parts }`.
 */
export async function walkAllSystems(page) {
  return page.evaluate(async () => {
    const drawn = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const values = (name) => [...document.querySelectorAll(`input[name="${name}"]`)].map((input) => input.value);
    let worst = { bottom: 0 };
    for (const memory of values('memory')) for (const tools of values('tools'))
      for (const model of values('model')) for (const terms of values('terms')) {
        for (const [name, value] of [['memory', memory], ['tools', tools], ['model', model], ['terms', terms]]) {
          document.querySelector(`input[name="${name}"][value="${value}"]`).click();
        }
        await drawn();
        const bottom = (selector) => Math.max(...[...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect().bottom));
        const parts = { options: bottom('.controls-panel .choice'), headline: bottom('#verdict .verdict-headline'), diagram: bottom('.result-panel svg') };
        const most = Math.max(...Object.values(parts));
        if (most > worst.bottom) worst = { bottom: most, system: `${memory} ${tools} ${model} ${terms}`, parts };
      }
    return worst;
  });
}

/**
 * Opens the app at exactly `width` × `height`. Where the engine's window cannot be that narrow
 * (WebKitGTK's MiniBrowser stops at its toolbar's 447 px), the app is framed at that size in a
 * blank page, and `target` is that frame: the page inside it sees the same viewport. (Sizes are
 * attributes: the blank page keeps the app's policy, which refuses inline styles.)
 */
export async function openAtSize(browser, url, { width, height, colorScheme = 'light' }) {
  const opened = await open(browser, url, { width, height, colorScheme });
  const actual = await opened.page.evaluate(() => innerWidth);
  if (actual === width) return { ...opened, target: opened.page, framed: false };
  await opened.page.setContent(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Device</title></head>
<body><iframe id="device" title="Two Words at ${width} by ${height}" src="${url}" width="${width}" height="${height}"></iframe></body></html>`);
  const target = opened.page.frameLocator('#device');
  await target.waitForFunction(() => document.querySelector('#verdict') && !document.querySelector('.controls-panel[inert]'));
  assert.equal(await target.evaluate(() => innerWidth), width, 'the framed viewport has the width asked for');
  return { ...opened, target, framed: true };
}

export function assertClean(problems) {
  assert.deepEqual(problems, [], 'the page logged errors or reached another host');
}

/**
 * Serves dist/ (with any extra test `pages`) and launches the browser for the suite in which it is
 * called; both are closed when the suite ends. Read `.server` and `.browser` inside tests.
 */
export function suite(options = {}) {
  const handles = { server: null, browser: null };
  before(async () => {
    handles.server = await serve(DIST, options);
    handles.browser = await launch();
  });
  after(async () => {
    await handles.browser?.close();
    await closeVariants();
    handles.server?.close();
  });
  return handles;
}
