// The classroom (spec §8): projector mode, every keyboard shortcut and its help dialog, the
// quiz with its device-only tally, and the printed handout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { open, emulatePrint, printA4, estimatedPrintPages, IS_WEBKIT } from './browser.mjs';
import { suite, SHOTS, DIST, readState, axeViolations, assertClean } from './helpers.mjs';
import { serve } from './server.mjs';
import { words, fill } from './languages.mjs';

const ctx = suite();

const app = (query = '', options = {}) => open(ctx.browser, ctx.server.url + query, options);

/** Presses a key with nothing focused, as a teacher at the projector would. */
async function press(page, key) {
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press(key);
}

test('every shortcut does what the help says', async () => {
  const { page, problems } = await app();
  const parts = async () => {
    const s = await readState(page);
    return [s.memory, s.tools, s.model, s.terms];
  };
  await press(page, 'm');
  assert.deepEqual(await parts(), ['on', 'off', 'azure', '2025'], 'm');
  await press(page, 't');
  assert.deepEqual(await parts(), ['on', 'on', 'azure', '2025'], 't');
  await press(page, '2');
  assert.deepEqual(await parts(), ['on', 'on', 'aws-runtime', '2025'], '2');
  assert.equal((await readState(page)).verdict, 'amazon-openai');
  await press(page, '3');
  assert.deepEqual(await parts(), ['on', 'on', 'aws-direct', '2025'], '3');
  await press(page, '1');
  assert.deepEqual(await parts(), ['on', 'on', 'azure', '2025'], '1');
  await press(page, 'y');
  assert.deepEqual(await parts(), ['on', 'on', 'azure', '2026'], 'y');
  // Arrows step through the presets: "frontier-azure" is on; next is "sre", then back.
  await press(page, 'ArrowRight');
  assert.equal(await page.getAttribute('button[data-preset="sre"]', 'aria-pressed'), 'true', 'ArrowRight');
  await press(page, 'ArrowLeft');
  await press(page, 'ArrowLeft');
  assert.equal(await page.getAttribute('button[data-preset="plain-api"]', 'aria-pressed'), 'true', 'ArrowLeft');
  await press(page, 'p');
  assert.equal(await page.getAttribute('html', 'data-mode'), 'present', 'p');
  assert.match((await readState(page)).search, /present=1/);
  await press(page, 'p');
  assert.equal(await page.getAttribute('html', 'data-mode'), null, 'p again');
  await press(page, 'f');
  await page.waitForFunction(() => document.fullscreenElement === document.documentElement);
  await press(page, 'f');
  await page.waitForFunction(() => document.fullscreenElement === null);
  await press(page, '?');
  assert.ok(await page.locator('#shortcuts').isVisible(), '?');
  const listed = await page.locator('#shortcuts kbd').allTextContents();
  for (const key of ['m', 't', '1', '2', '3', 'y', '← →', 'r', 'p', 'f', '?']) assert.ok(listed.includes(key), `help lists ${key}`);
  assertClean(problems);
});

test('each shortcut has a button or control too', async () => {
  const { page, problems } = await app();
  await page.click('[data-action="next-preset"]');
  assert.equal(await page.getAttribute('button[data-preset="frontier-azure"]', 'aria-pressed'), 'true');
  await page.click('[data-action="previous-preset"]');
  assert.equal(await page.getAttribute('button[data-preset="plain-api"]', 'aria-pressed'), 'true');
  await page.click('[data-action="present"]');
  assert.equal(await page.getAttribute('html', 'data-mode'), 'present');
  await page.click('[data-action="fullscreen"]');
  await page.waitForFunction(() => document.fullscreenElement !== null);
  await page.click('[data-action="shortcuts"]');
  assert.ok(await page.locator('#shortcuts').isVisible());
  assertClean(problems);
});

test('the help dialog keeps the focus inside and gives it back when it closes', async () => {
  const { page, problems } = await app();
  await page.focus('[data-action="shortcuts"]');
  await page.keyboard.press('Enter');
  assert.ok(await page.locator('#shortcuts').isVisible());
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => document.querySelector('#shortcuts').contains(document.activeElement));
    assert.ok(inside, `focus stays in the dialog after ${i + 1} Tab(s)`);
  }
  // While it is open, shortcuts are paused.
  await page.keyboard.press('m');
  assert.equal((await readState(page)).memory, 'off');
  await page.keyboard.press('Escape');
  assert.ok(!(await page.locator('#shortcuts').isVisible()));
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.action), 'shortcuts', 'focus is back on the button');
  // The Close button works too.
  await page.keyboard.press('?');
  await page.click('[data-action="close-shortcuts"]');
  assert.ok(!(await page.locator('#shortcuts').isVisible()));
  assertClean(problems);
});

test('shortcuts do nothing while the reader types in a field', async () => {
  const { page, problems } = await app('?preset=sre');
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'text';
    input.id = 'typing';
    input.setAttribute('aria-label', 'A field');
    document.querySelector('main').append(input);
  });
  await page.focus('#typing');
  await page.keyboard.type('my 123 pft?');
  await page.keyboard.press('ArrowLeft');
  const state = await readState(page);
  assert.deepEqual([state.memory, state.tools, state.model, state.terms], ['on', 'on', 'aws-runtime', '2025']);
  assert.equal(await page.inputValue('#typing'), 'my 123 pft?');
  assert.ok(!(await page.locator('#shortcuts').isVisible()));
  assert.equal(await page.getAttribute('html', 'data-mode'), null);
  // Arrow keys on a radio button move between its choices, not between presets.
  await page.focus('input[name="model"][value="aws-runtime"]');
  await page.keyboard.press('ArrowRight');
  assert.equal((await readState(page)).model, 'aws-direct');
  assertClean(problems);
});

test('projector mode: big type, the verdict on screen, readable; axe finds nothing', async () => {
  const { page, problems } = await app('?present=1&preset=sre', { width: 1280, height: 720 });
  assert.equal(await page.getAttribute('html', 'data-mode'), 'present');
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.verdict-reason')).fontSize));
  assert.ok(size >= 24, `body text ${size}px`);
  // The reason follows the diagram in projector mode: the headline and the diagram are what
  // the class must see.
  for (const part of ['#verdict .verdict-headline', '.diagram svg']) {
    const box = await page.locator(part).boundingBox();
    assert.ok(box && box.y + box.height <= 720, `${part} is on the first screen`);
  }
  assert.deepEqual(await axeViolations(page), []);
  for (const colorScheme of ['light', 'dark']) {
    const { page: p, context } = await app('?present=1', { colorScheme });
    assert.deepEqual(await axeViolations(p), [], colorScheme);
    await context.close();
  }
  // Checked before the screenshot, which in Firefox adds a <style> the CSP reports.
  assertClean(problems);
  await page.screenshot({ path: join(SHOTS, 'present-1280x720.png') });
});

test('projector mode on a narrow screen: the headline, then the diagram, then the reason', async () => {
  // Below 880 px the result stands under the controls; in projector mode its parts are still
  // in the order the class needs them.
  const { page, problems } = await app('?present=1&preset=sre', { width: 800, height: 1000 });
  const tops = await page.evaluate(() => Object.fromEntries(
    [['headline', '#verdict .verdict-headline'], ['diagram', '.diagram svg'], ['reason', '#verdict .verdict-reason']]
      .map(([name, selector]) => [name, document.querySelector(selector).getBoundingClientRect().top])));
  assert.ok(tops.headline < tops.diagram && tops.diagram < tops.reason, JSON.stringify(tops));
  assertClean(problems);
});

test('quiz: the verdict stays hidden until a prediction is revealed', async () => {
  const { page, problems } = await app('?quiz=1&preset=sre');
  const verdict = page.locator('#verdict');
  assert.ok(!(await verdict.isVisible()), 'not visible');
  const tree = await page.locator('body').ariaSnapshot();
  assert.ok(!tree.includes('Microsoft disputes it'), 'not in the accessibility tree');
  assert.equal(await page.$$eval('[data-argument], a[data-view]', (els) => els.filter((e) => e.checkVisibility()).length), 0,
    'the arguments and the map would give it away');
  assert.equal(await page.locator('.verdict-bar').count(), 0);
  assert.ok(await page.locator('[data-action="reveal"]').isDisabled(), 'reveal needs a prediction');
  assert.deepEqual(await axeViolations(page), [], 'before the reveal');
  await page.click('[data-predict="amazon-openai"]');
  await page.click('[data-action="reveal"]');
  assert.ok(await verdict.isVisible());
  assert.ok(await page.locator('[data-result="right"]').isVisible());
  assert.equal(await page.textContent('[data-tally="right"]'), '1');
  assert.deepEqual(await axeViolations(page), [], 'after the reveal');

  // A new view is a new question; a wrong answer counts as wrong.
  await page.click('button[data-preset="raw-bedrock"]');
  assert.ok(!(await verdict.isVisible()));
  await page.click('[data-predict="no-dispute"]');
  await page.keyboard.press('r');
  assert.ok(await page.locator('[data-result="wrong"]').isVisible());
  assert.equal(await page.textContent('[data-tally="wrong"]'), '1');

  // The tally stays on this device across reloads, and resets.
  await page.reload();
  await page.waitForSelector('[data-tally]');
  assert.deepEqual(await page.locator('[data-tally]').allTextContents(), ['1', '1']);
  await page.click('[data-action="reset-tally"]');
  assert.deepEqual(await page.locator('[data-tally]').allTextContents(), ['0', '0']);
  await page.reload();
  await page.waitForSelector('[data-tally]');
  assert.deepEqual(await page.locator('[data-tally]').allTextContents(), ['0', '0']);
  assertClean(problems);
});

test('quiz works where localStorage is unavailable, and says the score is for this visit', async () => {
  const { page, problems } = await app('?quiz=1', { storage: false });
  await page.click('[data-predict="no-dispute"]');
  await page.click('[data-action="reveal"]');
  assert.equal(await page.textContent('[data-tally="right"]'), '1');
  assert.equal((await page.textContent('.tally')).trim().replace(/\s+/g, ' '),
    `${fill(words('en').ui['tally-visit'], { right: 1, wrong: 0 })} ${words('en').ui['reset-score']}`);
  assertClean(problems);
});

/**
 * The number of pages in a PDF. Chromium writes page objects in the clear; Firefox packs them
 * into compressed object streams, which are inflated before counting.
 */
function printedPages(pdf) {
  const text = [pdf.toString('latin1')];
  let at = 0;
  while ((at = pdf.indexOf('stream', at)) !== -1) {
    let start = at + 'stream'.length;
    if (pdf[start] === 0x0d) start += 1;
    if (pdf[start] === 0x0a) start += 1;
    const end = pdf.indexOf('endstream', start);
    if (end === -1) break;
    try {
      text.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a deflated stream (or an image): nothing to count in it.
    }
    at = end + 'endstream'.length;
  }
  return (text.join('\n').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test('print gives a handout: the view and a table of the 12 systems, no controls', async () => {
  const { page, problems } = await app('?preset=tools-only&terms=2026');
  assert.equal(await page.locator('tr[data-config]').count(), 24, 'screen: all 24 systems');
  await emulatePrint(page);
  const table = page.locator('table[data-all-configurations]');
  assert.ok(await table.isVisible(), 'print: the table');
  const rows = await page.$$eval('tr[data-config]', (trs) =>
    trs.filter((tr) => tr.checkVisibility()).map((tr) => [tr.dataset.config, tr.cells[4].innerText]));
  assert.equal(rows.length, 12);
  assert.ok(rows.every(([config]) => config.endsWith('terms=2026')));
  const verdictOf = (config) => rows.find(([c]) => c === config)[1];
  const { headlines } = words('en');
  assert.ok(verdictOf('memory=off&tools=off&model=aws-runtime&terms=2026').startsWith(headlines.unsettled));
  assert.ok(verdictOf('memory=on&tools=off&model=aws-runtime&terms=2026').startsWith(headlines['no-dispute']));
  assert.match(verdictOf('memory=off&tools=on&model=aws-runtime&terms=2026'), /←/);
  assert.equal(rows.filter(([, verdict]) => verdict.includes('←')).length, 1, 'one row is marked as this view');
  assert.equal(await page.getAttribute('tr[aria-current]', 'data-config'), 'memory=off&tools=on&model=aws-runtime&terms=2026');
  for (const selector of ['fieldset', 'button', '.toolbar', 'input[type="radio"]']) {
    const visible = await page.locator(selector).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
    assert.equal(visible, 0, `print hides ${selector}`);
  }
  assert.ok(await page.locator('#verdict').isVisible(), 'the verdict is printed');
  const printed = IS_WEBKIT ? await estimatedPrintPages(page) : { pages: printedPages(await printA4(page)) };
  const { pages } = printed;
  assert.ok(pages >= 1 && pages <= 2, `${pages} printed pages${printed.height ? ` (estimated from ${printed.height} px)` : ''}`);
  // Checked before the screenshot, which in Firefox adds a <style> the CSP reports.
  assertClean(problems);
  await page.screenshot({ path: join(SHOTS, 'print-handout.png'), fullPage: true });
});

test('Share gives the view\'s link, its QR code made on the device, and Google Classroom\'s share link', async () => {
  // The teacher's flags (projector mode, a theme) are not part of the link the class is given.
  const { page, problems } = await app('?memory=on&model=aws-runtime&present=1&theme=dark');
  const origin = new URL(ctx.server.url).origin;
  const link = `${origin}/?memory=on&model=aws-runtime`;
  await page.click('[data-action="share"]');
  await page.waitForSelector('#share-dialog[open]');
  assert.equal(await page.evaluate(() => document.querySelector('#share-dialog').matches(':modal')), true);
  assert.equal(await page.inputValue('#share-link'), link);
  // The encoder is fetched only now, the first time a code is asked for.
  await page.waitForSelector('#share-dialog .qr[data-qr-text] svg');
  const qr = await page.evaluate(() => {
    const svg = document.querySelector('#share-dialog .qr');
    const box = svg.getBoundingClientRect();
    return { text: svg.dataset.qrText, label: svg.getAttribute('aria-label'), role: svg.getAttribute('role'), width: box.width, height: box.height };
  });
  assert.equal(qr.text, link, 'the code holds the link');
  assert.equal(qr.role, 'img');
  assert.equal(qr.label, words('en').page['qr-label']);
  assert.ok(qr.width >= 200 && Math.abs(qr.width - qr.height) < 1, `a square code, large enough: ${qr.width}`);
  const classroom = await page.evaluate(() => {
    const a = document.querySelector('#share-dialog a[data-action="classroom"]');
    return { href: a.href, target: a.target, rel: a.rel };
  });
  assert.deepEqual(classroom, {
    href: `https://classroom.google.com/share?url=${encodeURIComponent(link)}`,
    target: '_blank',
    rel: 'noopener noreferrer',
  });
  // Copying says whether the browser allowed it, in the page's words.
  await page.click('[data-action="copy-share-link"]');
  await page.waitForFunction(() => document.querySelector('[data-copy-status]').textContent !== '');
  const ui = words('en').ui;
  assert.ok([ui['link-copied'], ui['link-copy-refused']].includes(await page.textContent('[data-copy-status]')));
  assert.deepEqual(await axeViolations(page), []);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('#share-dialog[open]'));
  // Nothing was fetched from another host: the code is the device's own.
  assertClean(problems);
});

test('with qr=1 in projector mode the view\'s QR code stands beside the experiment, large, and follows the view', async () => {
  const { page, problems } = await app('?present=1&qr=1&preset=sre', { width: 1280, height: 720 });
  const origin = new URL(ctx.server.url).origin;
  const seen = () => page.evaluate(() => {
    const svg = document.querySelector('.qr-panel .qr');
    const box = svg.getBoundingClientRect();
    const verdict = document.querySelector('#verdict .verdict-headline').getBoundingClientRect();
    return { text: svg.dataset.qrText, top: box.top, bottom: box.bottom, left: box.left, right: box.right, width: box.width, verdictRight: verdict.right };
  });
  await page.waitForSelector('.qr-panel .qr[data-qr-text] svg');
  const first = await seen();
  assert.equal(first.text, `${origin}/?memory=on&tools=on&model=aws-runtime`, 'the view, without the teacher\'s flags');
  assert.ok(first.top >= 0 && first.bottom <= 720 && first.right <= 1280, `on the first screen: ${JSON.stringify(first)}`);
  assert.ok(first.width >= 0.33 * 720, `large enough to scan from afar: ${first.width} px`);
  // The experiment keeps its one screen: every option of the four controls is in view.
  const lowest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('.controls-panel input[type="radio"]')]
    .map((input) => input.closest('label').getBoundingClientRect().bottom)));
  assert.ok(lowest <= 720, `the controls' last option ends at ${lowest} px`);
  assert.ok(first.left >= first.verdictRight, 'beside the experiment, not over it');
  await page.click('input[name="memory"][value="off"]');
  await page.waitForFunction((expected) => document.querySelector('.qr-panel .qr').dataset.qrText === expected,
    `${origin}/?tools=on&model=aws-runtime`);
  // Checked before the screenshot, which in Firefox adds a <style> the CSP reports.
  assertClean(problems);
  await page.screenshot({ path: join(SHOTS, 'projector-qr.png') });
  // Without qr=1 the panel is not shown, and no code is made.
  const plain = await app('?present=1&preset=sre', { width: 1280, height: 720 });
  assert.equal(await plain.page.locator('.qr-panel').isVisible(), false);
  assert.equal(await plain.page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('qr.wasm'))), false);
  assertClean(plain.problems);
});

test('where the QR encoder cannot load, Share says so and still gives the link', async () => {
  const refusing = await serve(DIST, { refuse: /qr\.wasm$/ });
  try {
    const { page, problems, context } = await open(ctx.browser, `${refusing.url}?preset=sre`);
    // No code is fetched until one is asked for.
    assert.equal(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('qr.wasm'))), false);
    await page.click('[data-action="share"]');
    await page.waitForSelector('#share-dialog .qr-unavailable:not([hidden])');
    assert.equal(await page.locator('#share-dialog .qr:not([hidden])').count(), 0, 'no empty square');
    assert.equal((await page.textContent('#share-dialog .qr-unavailable')).trim(), words('en').page['qr-unavailable']);
    assert.match(await page.inputValue('#share-link'), /\?memory=on&tools=on&model=aws-runtime$/);
    assert.equal(await page.locator('#share-dialog a[data-action="classroom"]').count(), 1);
    // The only problem is the refused encoder (an engine's console line may not name it).
    assert.ok(problems.every((p) => p.includes('qr.wasm') || p.includes('404')), problems.join('\n'));
    await context.close();
  } finally {
    refusing.close();
  }
});
