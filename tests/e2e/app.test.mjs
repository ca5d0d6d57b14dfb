// End-to-end tests of the release build (dist/) in headless Chromium: every control and preset,
// permalinks loaded fresh, bad URLs, keyboard-only use, accessibility (axe-core) in light and
// dark at 375 and 1280 px, no console errors, no request to another host, and screenshots.
//
// The expected verdicts below are the spec's tables (spec §3, §5), written out again here on
// purpose: they check the engine from outside, not against itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { open, allowClipboard, readClipboard } from './browser.mjs';
import { sizes } from './size.mjs';
import { languages } from './languages.mjs';
import { suite, openAtSize, DIST, SHOTS, readState, axeViolations, assertClean } from './helpers.mjs';

const MODELS = ['azure', 'aws-runtime', 'aws-direct'];
const ONOFF = ['off', 'on'];

/** Spec §3: the verdict key and contested flag of a configuration. */
function expectedVerdict({ memory, tools, model, terms }) {
  if (model === 'azure') return ['no-dispute', false];
  if (terms === '2025') {
    if (model === 'aws-direct') return ['microsoft', false];
    if (memory === 'off' && tools === 'off') return ['microsoft', false];
    return ['amazon-openai', true];
  }
  if (model === 'aws-direct') return ['unsettled', false];
  if (memory === 'off' && tools === 'off') return ['unsettled', false];
  return ['no-dispute', false];
}

const ALL = [];
for (const terms of ['2025', '2026'])
  for (const model of MODELS)
    for (const memory of ONOFF)
      for (const tools of ONOFF) ALL.push({ memory, tools, model, terms });

/** Spec §5. */
const PRESETS = {
  'plain-api': { memory: 'off', tools: 'off', model: 'azure' },
  'frontier-azure': { memory: 'on', tools: 'on', model: 'azure' },
  sre: { memory: 'on', tools: 'on', model: 'aws-runtime' },
  'tools-only': { memory: 'off', tools: 'on', model: 'aws-runtime' },
  'thin-relay': { memory: 'off', tools: 'off', model: 'aws-runtime' },
  'raw-bedrock': { memory: 'off', tools: 'off', model: 'aws-direct' },
  'own-memory': { memory: 'on', tools: 'on', model: 'aws-direct' },
};

const DEFAULTS = { memory: 'off', tools: 'off', model: 'azure', terms: '2025' };

/** The query the spec expects for a configuration: parameters at their default left out. */
function queryFor(config) {
  const parts = ['memory', 'tools', 'model', 'terms']
    .filter((k) => config[k] !== DEFAULTS[k])
    .map((k) => `${k}=${config[k]}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

const ctx = suite();
const opened = [];

before(() => mkdirSync(SHOTS, { recursive: true }));

after(async () => {
  for (const { context } of opened) await context.close().catch(() => {});
});

/** Opens the app; the test fails at the end if the page logged an error or left the origin. */
async function app(query = '', options = {}) {
  const handle = await open(ctx.browser, ctx.server.url + query, options);
  opened.push(handle);
  return handle;
}

async function setConfig(page, config) {
  for (const part of ['memory', 'tools', 'model', 'terms']) {
    await page.click(`input[name="${part}"][value="${config[part]}"]`);
  }
}

test('every control drives the verdict and the address bar, for all 24 configurations', async () => {
  const { page, problems } = await app();
  for (const config of ALL) {
    await setConfig(page, config);
    const state = await readState(page);
    const [verdict, contested] = expectedVerdict(config);
    assert.deepEqual(
      [state.memory, state.tools, state.model, state.terms, state.verdict, state.contested, state.search],
      [config.memory, config.tools, config.model, config.terms, verdict, contested, queryFor(config)],
      JSON.stringify(config),
    );
    // Every argument is shown, marked, with one status line (its standing's) and at least one
    // quotation; the map and the table mark this system.
    const args = await page.$$eval('[data-argument]', (els) =>
      els.map((e) => [e.dataset.side, e.dataset.applies, e.querySelectorAll('blockquote[data-source]').length,
        [...e.querySelectorAll('.status')].filter((s) => s.checkVisibility()).map((s) => s.dataset.status.split(' ')[0]),
        e.dataset.standing]));
    assert.equal(args.length, 11);
    for (const [side, applies, quotes, shown, standing] of args) {
      assert.ok(['terms', 'microsoft', 'amazon-openai'].includes(side));
      assert.ok(['true', 'false', 'unknown'].includes(applies));
      assert.ok(quotes >= 1);
      assert.deepEqual(shown, [standing], 'one status line, the standing marked on the card');
    }
    const key = ['memory', 'tools', 'model', 'terms'].map((part) => `${part}=${config[part]}`).join('&');
    assert.deepEqual(await page.$$eval('[data-config][aria-current]', (els) => els.map((e) => `${e.tagName} ${e.dataset.config}`).sort()),
      [`A ${key}`, `TR ${key}`]);
    if (contested) {
      for (const side of ['microsoft', 'amazon-openai']) {
        assert.ok(await page.$(`[data-side="${side}"][data-applies="true"]`), `${side} applies when contested`);
      }
    }
  }
  assertClean(problems);
});

test('every preset sets memory, tools and model and keeps the terms', async () => {
  const { page, problems } = await app('?terms=2026');
  for (const [id, parts] of Object.entries(PRESETS)) {
    await page.click(`button[data-preset="${id}"]`);
    const state = await readState(page);
    const config = { ...parts, terms: '2026' };
    assert.deepEqual(
      [state.memory, state.tools, state.model, state.terms, state.verdict, state.search],
      [parts.memory, parts.tools, parts.model, '2026', expectedVerdict(config)[0], queryFor(config)],
      id,
    );
    assert.equal(await page.getAttribute(`button[data-preset="${id}"]`, 'aria-pressed'), 'true');
  }
  assertClean(problems);
});

test('permalinks load the linked view fresh, presets included', async () => {
  for (const config of ALL) {
    const { page, problems, context } = await app(queryFor(config));
    const state = await readState(page);
    assert.deepEqual(
      [state.memory, state.tools, state.model, state.terms, state.verdict, state.notice],
      [config.memory, config.tools, config.model, config.terms, expectedVerdict(config)[0], null],
      queryFor(config),
    );
    assertClean(problems);
    await context.close();
  }
  const { page } = await app('?preset=sre&terms=2026');
  const state = await readState(page);
  assert.deepEqual([state.memory, state.tools, state.model, state.terms], ['on', 'on', 'aws-runtime', '2026']);
  assert.equal(state.search, '?memory=on&tools=on&model=aws-runtime&terms=2026', 'the address names the parts');
});

test('bad URLs show a polite notice naming the parameter, and a working page', async () => {
  const cases = [
    ['?model=gcp', 'model', { model: 'azure' }],
    ['?memory=maybe&tools=on', 'memory', { memory: 'off', tools: 'on' }],
    ['?model=', 'model', { model: 'azure' }],
    [`?terms=${'9'.repeat(10_000)}`, 'terms', { terms: '2025' }],
    ['?tools=%E0%A4%A&model=%ZZ%00', 'tools', { tools: 'off', model: 'azure' }],
    ['?preset=cloud-9', 'preset', { model: 'azure' }],
    ['?memory=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'memory', { memory: 'off' }],
  ];
  for (const [query, param, expected] of cases) {
    const { page, problems, context } = await app(query);
    const state = await readState(page);
    assert.ok(state.notice, `a notice for ${query.slice(0, 40)}`);
    assert.ok(state.notice.includes(param), `the notice names ${param}: ${state.notice}`);
    assert.equal(await page.getAttribute('#notice', 'role'), 'status');
    for (const [part, value] of Object.entries(expected)) assert.equal(state[part], value, `${part} for ${query.slice(0, 40)}`);
    assert.equal(await page.$$eval('img', (imgs) => imgs.length), 0, 'input is shown as text, never as HTML');
    assert.ok(state.notice.length < 600, 'a long value is cut in the notice');
    // The page still works after a bad link.
    await page.click('input[name="model"][value="aws-direct"]');
    assert.equal((await readState(page)).verdict, state.terms === '2026' ? 'unsettled' : 'microsoft');
    assertClean(problems);
    await context.close();
  }
  // Unknown parameters (a host's, or tracking tags) are ignored silently and kept.
  const { page, problems } = await app('?childId=abc&utm_source=x&memory=on');
  const state = await readState(page);
  assert.equal(state.notice, null);
  await page.click('input[name="tools"][value="on"]');
  assert.equal((await readState(page)).search, '?memory=on&tools=on&childId=abc&utm_source=x');
  assertClean(problems);
});

test('keyboard only: Tab, arrow keys, Space and Enter reach and work every control', async () => {
  const { page, problems } = await app();
  // Tab from the top of the page to the first control (memory).
  let found = false;
  for (let i = 0; i < 20 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.getAttribute('name') === 'memory');
  }
  assert.ok(found, 'Tab reaches the memory control');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  // Tab onwards (past the words explained in place) until the focus is in a group.
  const tabTo = async (name) => {
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((n) => document.activeElement?.getAttribute('name') === n, name)) return;
    }
    assert.fail(`Tab never reached ${name}`);
  };
  await page.keyboard.press('ArrowRight'); // memory: on
  await tabTo('tools');
  await page.keyboard.press('ArrowRight'); // tools: on
  await tabTo('model');
  await page.keyboard.press('ArrowRight'); // model: aws-runtime
  let state = await readState(page);
  assert.deepEqual([state.memory, state.tools, state.model, state.verdict], ['on', 'on', 'aws-runtime', 'amazon-openai']);
  await tabTo('terms');
  await page.keyboard.press('ArrowRight'); // terms: 2026
  state = await readState(page);
  assert.deepEqual([state.terms, state.verdict], ['2026', 'no-dispute']);
  // Onwards to the presets: Enter presses one.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.dataset.preset === 'raw-bedrock')) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.preset), 'raw-bedrock');
  await page.keyboard.press('Enter');
  state = await readState(page);
  assert.deepEqual([state.model, state.memory, state.verdict], ['aws-direct', 'off', 'unsettled']);
  assertClean(problems);
});

test('the verdict is in words, with its kicker and badges', async () => {
  const { page } = await app('?preset=sre');
  assert.ok((await page.textContent('#verdict .verdict-headline')).trim().length > 20, 'the headline is in words');
  assert.ok(await page.locator('#verdict .badge-contested').isVisible(), 'contested is said, not only coloured');
  assert.equal(await page.getAttribute('#verdict [data-kicker]', 'data-kicker'), '2025');
});

test('every quotation names a listed source with publisher and date', async () => {
  const { page } = await app('?preset=sre');
  const quotes = await page.$$eval('blockquote[data-source]', (qs) => qs.map((q) => q.dataset.source));
  assert.ok(quotes.length >= 15);
  for (const id of new Set(quotes)) {
    const text = await page.textContent(`[data-source-id="${id}"]`);
    assert.match(text, /20\d\d/, `source ${id} has a date`);
  }
  // The spec's quotations are on the page, verbatim.
  const all = await page.$$eval('blockquote', (qs) => qs.map((q) => q.textContent));
  assert.ok(all.includes('The clause requires all API calls to be routed through Azure.'));
  assert.ok(all.includes('We are confident that OpenAI understands and respects the importance of living up to [its] legal obligation.'));
});

test('the copy-link button copies the current view and says so', async () => {
  const { page, context, problems } = await app('?preset=thin-relay');
  await allowClipboard(context, ctx.server.origin);
  await page.click('[data-action="copy-link"]');
  await page.waitForFunction(() => document.querySelector('.copy-status')?.textContent.includes('copied'));
  const copied = await readClipboard(page);
  assert.equal(copied, page.url());
  assert.ok(copied.endsWith('?model=aws-runtime'), copied);
  assertClean(problems);
});

test('no horizontal scroll at 320 px, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { target, problems, context } = await openAtSize(ctx.browser, `${ctx.server.url}?preset=own-memory`, { width: 320, height: 700, colorScheme });
    opened.push({ context });
    const [scroll, client] = await target.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client, `scrollWidth ${scroll} > ${client} (${colorScheme})`);
    assertClean(problems);
  }
});

test('axe-core finds no violations in light and dark, at 375 and 1280 px; screenshots for review', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [375, 1280]) {
      for (const query of ['', '?preset=sre', '?model=gcp']) {
        const { page, target, problems, context } = await openAtSize(ctx.browser, ctx.server.url + query, { width, height: 900, colorScheme });
        assert.deepEqual(await axeViolations(target), [], `${colorScheme} ${width}px ${query}`);
        // The page is checked before the screenshot: in Firefox, Playwright's screenshot adds
        // a <style> of its own, which the page's CSP rightly reports.
        assertClean(problems);
        if (query !== '?model=gcp') {
          const name = `${query ? query.slice(8) : 'default'}-${width}-${colorScheme}.png`;
          // A full-page capture does not paint sections skipped by content-visibility: auto
          // (a reader scrolling sees them); show them all for review.
          await target.evaluate(() => document.querySelectorAll('main > section').forEach((s) => { s.style.contentVisibility = 'visible'; }));
          await page.screenshot({ path: join(SHOTS, name), fullPage: true });
        }
        await context.close();
      }
    }
  }
});

// What a reader of each language downloads (the QR encoder, fetched only when a code is asked
// for, and the corrections log, a page of its own, are not counted). English, the source, holds
// the line the release has held; a translation's words run longer and its quotations carry the
// explainer's translation beside the original, which the README's "Size and speed" measures
// (about 4 KB of gzip), so it may take 4 KB more.
const SIZE_LIMIT = { en: 150_000 };
const TRANSLATION_SIZE_LIMIT = 154_000;

test('the release in every language is at most 150 KB gzipped (translations 154 KB; HTML, JS, wasm, CSS) and has a favicon', () => {
  for (const { code, folder } of languages()) {
    const dist = join(DIST, folder);
    const { files, total } = sizes(dist);
    const limit = SIZE_LIMIT[code] ?? TRANSLATION_SIZE_LIMIT;
    assert.ok(total.gzip <= limit, `${code}: total ${total.gzip} bytes gzipped, more than ${limit}`);
    assert.ok(files.some((f) => f.name.startsWith('favicon')), `${code}: a favicon`);
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    assert.doesNotMatch(html, /(src|href)="\//, `${code}: URLs are relative`);
    assert.doesNotMatch(html, /<(script|link|img|iframe|source)\b[^>]*\b(src|href)="?(https?:)?\/\//i, `${code}: nothing is loaded from another host`);
  }
});

test('the release works served from a sub-path', async () => {
  const sub = await serve(DIST, { prefix: '/news/2026/explainer/' });
  try {
    const { page, problems, context } = await open(ctx.browser, `${sub.url}?preset=raw-bedrock`);
    assert.equal((await readState(page)).verdict, 'microsoft');
    assertClean(problems);
    await context.close();
  } finally {
    sub.close();
  }
});
