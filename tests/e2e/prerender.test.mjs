// Before and without WebAssembly (spec §9): the prerendered page agrees with the app's first
// render, takes over without moving anything, is complete with JavaScript off, and the
// single-file build works from disk with the network off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { open, newContext } from './browser.mjs';
import { serve } from './server.mjs';
import { suite, DIST, readState, assertClean, axeViolations } from './helpers.mjs';
import { words, fill } from './languages.mjs';

const ctx = suite();

/** The same files, but the WebAssembly never arrives (a server that refuses it, in every engine). */
let noWasm;
before(async () => { noWasm = await serve(DIST, { refuse: /\.wasm$/ }); });
after(() => noWasm?.close());

/**
 * Opens the page with the WebAssembly blocked (or, from a server that holds it, delayed): what a
 * reader sees before it arrives.
 */
async function beforeWasm(query = '', server = noWasm) {
  const context = await newContext(ctx.browser, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url + query, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#verdict');
  return { page, context };
}

/** Positions of what a reader looks at, to compare before and after the app starts. */
const layout = (page) => page.evaluate(() =>
  ['#verdict', '.diagram', '.controls-panel', '[data-argument="clause"]', '[data-argument="the-deal"]', 'table[data-all-configurations]', '.sources']
    .map((selector) => {
      // Page coordinates, not the viewport's: a click may scroll the page.
      const r = document.querySelector(selector).getBoundingClientRect();
      return [selector, Math.round(r.x + scrollX), Math.round(r.y + scrollY), Math.round(r.width), Math.round(r.height)];
    }));

test('without JavaScript the page is complete and honest', async () => {
  const context = await newContext(ctx.browser, { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(ctx.server.url);
  assert.equal(await page.getAttribute('#verdict', 'data-verdict'), 'no-dispute');
  assert.ok((await page.textContent('#verdict')).includes(words('en').headlines['no-dispute']));
  assert.equal(await page.locator('[data-argument]').count(), 11);
  assert.ok(await page.locator('blockquote[data-source]').count() >= 15);
  assert.ok(await page.locator('.diagram svg').isVisible());
  const rows = await page.$$eval('table[data-all-configurations] tr[data-config]', (trs) =>
    trs.map((tr) => [tr.dataset.config, tr.cells[4].dataset.verdict, tr.cells[4].textContent]));
  assert.equal(rows.length, 24);
  assert.equal(new Set(rows.map(([c]) => c)).size, 24);
  assert.equal(rows.filter(([c]) => c.endsWith('terms=2026')).length, 12);
  const sre = rows.find(([c]) => c === 'memory=on&tools=on&model=aws-runtime&terms=2025');
  assert.equal(sre[1], 'amazon-openai');
  assert.ok(sre[2].trim().length > 20, 'the verdict is in words');
  assert.equal((await page.textContent('noscript')).trim(), words('en').page.noscript);
  assert.ok(await page.locator('.noscript').isVisible(), 'the noscript line is shown');
  await context.close();
});

test('the page around the app and the diagram are the build\'s alone: their words are in the HTML, never in the WebAssembly', async () => {
  const { readdirSync } = await import('node:fs');
  const wasm = readFileSync(join(DIST, readdirSync(DIST).find((f) => f.endsWith('.wasm')))).toString('utf8');
  const { page, problems } = await open(ctx.browser, ctx.server.url);
  const words = await page.evaluate(() => [
    ...[...document.querySelectorAll('.timeline .event h3, .timeline .event-sources')].map((e) => e.textContent),
    ...[...document.querySelectorAll('.glossary .mixup-note, .about, .page-footer p, .tagline')].map((e) => e.textContent),
    // The arguments: who said each quotation, their summaries (the quotations themselves may be
    // the app's words too, where a verdict's reason quotes the amendment); the map's words.
    ...[...document.querySelectorAll('.arguments [data-attribution], .arguments .summary, .positions-note')].map((e) => e.textContent),
    ...[...document.querySelectorAll('#map-heading, .system-map .section-intro')].map((e) => e.textContent),
    // The diagram, drawn by the build in every form: its caption's sentences, shown or not.
    ...[...document.querySelectorAll('#diagram-caption [data-variant]')].map((e) => e.textContent),
  ]);
  assert.ok(words.length >= 20, `${words.length} texts`);
  const shipped = words.filter((text) => text.length > 12 && wasm.includes(text.replace(/^Sources: |\.$/g, '')));
  assert.deepEqual(shipped, [], 'texts of the build\'s page found in the wasm');
  // Still answering the view: the terms and the table's current row follow the controls.
  await page.click('input[name="terms"][value="2026"]');
  assert.equal(await page.getAttribute('html', 'data-terms'), '2026');
  assert.equal(await page.getAttribute('tr[aria-current]', 'data-config'), 'memory=off&tools=off&model=azure&terms=2026');
  assertClean(problems);
});

test('the prerendered HTML and the first client render agree', async () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const { page, problems } = await open(ctx.browser, ctx.server.url);
  await page.waitForFunction(() => !document.querySelector('.controls-panel[inert]'));
  const differences = await page.evaluate((source) => {
    // Adjacent text nodes are one run of text in HTML but may be several in the live DOM.
    const server = new DOMParser().parseFromString(source, 'text/html').body;
    server.normalize();
    const client = document.body.cloneNode(true);
    client.normalize();
    // Skipped: what only the browser knows (property-backed state, the page's own address in
    // the embed dialog) and what differs on purpose (inert until the app starts).
    const skipAttributes = new Set(['inert', 'checked', 'value']);
    const out = [];
    const children = (node) => [...node.childNodes].filter((n) =>
      (n.nodeType === 1 && !['SCRIPT', 'NOSCRIPT'].includes(n.nodeName)) ||
      (n.nodeType === 3 && n.textContent.trim() !== ''));
    const walk = (a, b, path) => {
      if (out.length > 10) return;
      if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName) {
        out.push(`${path}: ${a.nodeName} vs ${b.nodeName}`);
        return;
      }
      if (a.nodeType === 3) {
        const [x, y] = [a.textContent.trim(), b.textContent.trim()];
        if (x !== y) out.push(`${path}: text «${x.slice(0, 60)}» vs «${y.slice(0, 60)}»`);
        return;
      }
      const inDialog = b.closest('#embed-dialog');
      const names = new Set([...a.getAttributeNames(), ...b.getAttributeNames()]);
      for (const name of names) {
        if (skipAttributes.has(name) || (inDialog && name === 'href')) continue;
        if (a.getAttribute(name) !== b.getAttribute(name)) out.push(`${path}@${name}: ${a.getAttribute(name)} vs ${b.getAttribute(name)}`);
      }
      if (a.nodeName === 'TEXTAREA' || (inDialog && a.nodeName === 'A')) return;
      const [ka, kb] = [children(a), children(b)];
      if (ka.length !== kb.length) out.push(`${path}: ${ka.length} vs ${kb.length} children`);
      for (let i = 0; i < Math.min(ka.length, kb.length); i++) walk(ka[i], kb[i], `${path}>${ka[i].nodeName.toLowerCase()}[${i}]`);
    };
    walk(server, client, 'body');
    return out;
  }, html);
  assert.deepEqual(differences, []);
  assertClean(problems);
});

test('when the WebAssembly cannot load, the reader is told why the controls are off', async () => {
  const { page, context } = await beforeWasm();
  await page.waitForSelector('#start-failed[role="alert"]');
  assert.ok((await page.textContent('#start-failed')).includes(words('en').page['start-failed']));
  assert.equal(await page.getAttribute('#start-failed a', 'href'), page.url());
  assert.equal(await page.locator('.controls-panel[inert]').count(), 1);
  assert.equal(await page.getAttribute('#verdict', 'data-verdict'), 'no-dispute', 'the prepared view stays readable');
  assert.deepEqual(await axeViolations(page), []);
  // The bar never covers the end of the page.
  // Sections below the fold take their real size once shown (content-visibility: auto), so
  // scroll to the end as a reader would (at once, not smoothly), until the end stops moving.
  await page.evaluate(async () => {
    for (let last = -1, i = 0; i < 20 && scrollY !== last; i++) {
      last = scrollY;
      scrollTo({ top: document.body.scrollHeight, behavior: 'instant' });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
  });
  const [footerBottom, barTop] = await page.evaluate(() => [
    document.querySelector('footer').getBoundingClientRect().bottom,
    document.querySelector('#start-failed').getBoundingClientRect().top,
  ]);
  assert.ok(footerBottom <= barTop, `the footer ends at ${footerBottom}px, under the bar at ${barTop}px`);
  await context.close();
});

test('the app takes over without moving anything (CLS ≤ 0.01), and controls wait for it', async () => {
  const { page: early, context } = await beforeWasm();
  assert.equal(await early.locator('.controls-panel[inert]').count(), 1, 'controls are inert before the app starts');
  await early.click('label[for="memory-on"]', { force: true, timeout: 2000 }).catch(() => {});
  assert.equal((await readState(early)).memory, 'off', 'a click before the app starts changes nothing');
  const before = await layout(early);
  await context.close();

  const { page, problems } = await open(ctx.browser, ctx.server.url);
  await page.evaluate(() => {
    window.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.waitForFunction(() => !document.querySelector('.controls-panel[inert]'));
  await page.waitForTimeout(300);
  assert.deepEqual(await layout(page), before, 'the same layout before and after');
  const cls = await page.evaluate(() => window.__shifts);
  assert.ok(cls <= 0.01, `CLS ${cls}`);
  assertClean(problems);
});

test('the app adopts the prerendered page (hydration): the same nodes, nothing drawn again', async () => {
  // The WebAssembly waits on the server, so the page is looked at as the build wrote it.
  const slow = await serve(DIST, { hold: /\.wasm$/ });
  try {
    const { page, context } = await beforeWasm('', slow);
    await page.evaluate(() => {
      // A mark no renderer knows of: a node drawn again would not carry it.
      for (const selector of ['#verdict', '.diagram svg', '[data-argument="clause"]', 'table[data-all-configurations]', '#phrase-input']) {
        document.querySelector(selector).twoWordsPrerendered = selector;
      }
    });
    slow.release();
    await page.waitForFunction(() => !document.querySelector('.controls-panel[inert]'), null, { timeout: 30_000 });
    const kept = await page.evaluate(() =>
      ['#verdict', '.diagram svg', '[data-argument="clause"]', 'table[data-all-configurations]', '#phrase-input']
        .filter((selector) => document.querySelector(selector).twoWordsPrerendered === selector));
    assert.deepEqual(kept, ['#verdict', '.diagram svg', '[data-argument="clause"]', 'table[data-all-configurations]', '#phrase-input']);
    // Adopted and working: a switch changes the verdict on the same element.
    await page.click('input[name="model"][value="aws-runtime"]');
    await page.click('input[name="memory"][value="on"]');
    assert.equal((await readState(page)).verdict, 'amazon-openai');
    assert.equal(await page.evaluate(() => document.querySelector('#verdict').twoWordsPrerendered), '#verdict');
    await context.close();
  } finally {
    slow.close();
  }
});

test('a permalink with a bad value is adopted cleanly: the linked view, the notice, the same nodes', async () => {
  const slow = await serve(DIST, { hold: /\.wasm$/ });
  try {
    const { page, context } = await beforeWasm('?preset=sre&terms=2026&memory=maybe', slow);
    await page.evaluate(() => { document.querySelector('#verdict').twoWordsPrerendered = true; });
    slow.release();
    await page.waitForFunction(() => !document.querySelector('.controls-panel[inert]'), null, { timeout: 30_000 });
    const state = await readState(page);
    assert.deepEqual([state.memory, state.tools, state.model, state.terms], ['on', 'on', 'aws-runtime', '2026']);
    assert.equal(await page.locator('#notice').count(), 1, 'the ignored value is noticed');
    assert.equal(await page.evaluate(() => document.querySelector('#verdict').twoWordsPrerendered), true);
    await context.close();
  } finally {
    slow.close();
  }
});

test('a permalink shows the linked view once the app starts', async () => {
  const { page, problems } = await open(ctx.browser, `${ctx.server.url}?preset=sre&terms=2026`);
  await page.waitForFunction(() => !document.querySelector('.controls-panel[inert]'));
  const state = await readState(page);
  assert.deepEqual([state.memory, state.tools, state.model, state.terms, state.verdict], ['on', 'on', 'aws-runtime', '2026', 'no-dispute']);
  assertClean(problems);
});

test('dist/two-words.html works opened from disk with the network off', async () => {
  const context = await newContext(ctx.browser, { viewport: { width: 1280, height: 900 } });
  await context.setOffline(true);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    if (!/^(file|data|blob):/.test(request.url())) problems.push(`request: ${request.url()}`);
  });
  await page.goto(pathToFileURL(join(DIST, 'two-words.html')).href);
  await page.waitForFunction(() => !document.querySelector('.controls-panel[inert]'));
  await page.click('input[name="model"][value="aws-runtime"]');
  await page.click('input[name="memory"][value="on"]');
  assert.equal((await readState(page)).verdict, 'amazon-openai');
  await page.click('button[data-preset="raw-bedrock"]');
  assert.equal((await readState(page)).verdict, 'microsoft');
  assert.equal(await page.locator('[data-argument]').count(), 11);
  // Share still gives the link; a QR code of a file on this disk would help no phone, and the
  // single file has no encoder, so the dialog says that no code can be made here.
  await page.click('[data-action="share"]');
  await page.waitForSelector('#share-dialog[open]');
  assert.match(await page.inputValue('#share-link'), /^file:.*two-words\.html\?model=aws-direct$/);
  assert.equal(await page.locator('#share-dialog .qr-unavailable').isVisible(), true);
  assert.equal(await page.locator('#share-dialog .qr').isVisible(), false);
  assert.deepEqual(problems, []);
  await context.close();
});
