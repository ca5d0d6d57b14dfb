// Context a reader needs (spec §10): the dated timeline and the terms switch, the glossary in
// place and as a list, the mix-up note, and the phrase checker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, IS_WEBKIT } from './browser.mjs';
import { suite, readState, axeViolations, assertClean } from './helpers.mjs';
import { words, fill } from './languages.mjs';

const ctx = suite();
const app = (query = '', options = {}) => open(ctx.browser, ctx.server.url + query, options);

test('the timeline names its sources and agreement, and knows the terms switch', async () => {
  const { page, problems } = await app();
  const dates = await page.$$eval('[data-event-date]', (els) => els.map((e) => e.dataset.eventDate));
  for (const date of ['2025-10-28', '2026-02-27', '2026-03-18', '2026-04-27', '2026-04-28', '2026-06-01']) {
    assert.ok(dates.includes(date), `an event on ${date}`);
  }
  assert.deepEqual([...dates].sort(), dates, 'in date order');
  const details = await page.$$eval('[data-event-date]', (els) => els.map((e) => [
    e.querySelector('.event-sources')?.textContent ?? '', e.querySelector('.confidence strong')?.textContent ?? '']));
  const { page: said } = words('en');
  const sourcesSaid = said['event-sources'].split('{sources}')[0];
  for (const [sources, confidence] of details) {
    assert.ok(sources.startsWith(sourcesSaid) && sources.length > sourcesSaid.length + 3, sources);
    assert.ok([said.confirmed, said['single-source'], said.conflicting].includes(confidence), confidence);
  }
  // The 2025 terms are in view: the events that set them say so; the amendment offers to switch.
  // The timeline is the build's page; the stylesheet shows what fits the terms the app marks.
  const marked = () => page.$$eval('[data-event-date]', (els) => els
    .filter((e) => e.querySelector('.terms-note')?.checkVisibility())
    .map((e) => e.dataset.eventDate));
  const offered = () => page.$$eval('[data-event-date]', (els) => els
    .filter((e) => e.querySelector('[data-action="switch-terms"]')?.checkVisibility())
    .map((e) => e.dataset.eventDate));
  assert.deepEqual(await marked(), ['2025-10-28', '2026-02-27']);
  assert.deepEqual(await offered(), ['2026-04-27']);
  const amendment = page.locator('[data-event-date="2026-04-27"] [data-action="switch-terms"]');
  await amendment.focus();
  await page.keyboard.press('Enter');
  const state = await readState(page);
  assert.equal(state.terms, '2026');
  assert.match(state.search, /terms=2026/);
  assert.deepEqual(await marked(), ['2026-04-27']);
  assert.deepEqual(await offered(), ['2025-10-28', '2026-02-27']);
  // The table of all systems follows too: its current row is the new view's.
  assert.equal(await page.getAttribute('tr[aria-current="true"]', 'data-config'), 'memory=off&tools=off&model=azure&terms=2026');
  assert.equal(await page.locator('tr[aria-current]').count(), 1);
  // And back, by the button of an event that set the 2025 terms.
  await page.locator('[data-event-date="2025-10-28"] [data-action="switch-terms"]').click();
  assert.equal((await readState(page)).terms, '2025');
  assert.deepEqual(await marked(), ['2025-10-28', '2026-02-27']);
  assertClean(problems);
});

test('glossary words open in place by keyboard, close with Escape, and link to the list', async () => {
  const { page, problems } = await app();
  // An explanation is a popover the build wrote; the browser shows and hides it.
  const shown = (id) => page.evaluate((id) => document.getElementById(`explain-${id}`).matches(':popover-open'), id);
  const button = page.locator('[data-term-button="stateful"]');
  await button.focus();
  await page.keyboard.press('Enter');
  assert.equal(await shown('stateful'), true);
  const explanation = page.locator('#explain-stateful');
  assert.ok(await explanation.isVisible());
  // Its words are the glossary's.
  const entry = (await page.textContent('[data-term="stateful"] dd')).trim();
  assert.ok((await explanation.textContent()).includes(entry));
  assert.deepEqual(await axeViolations(page), [], 'with a word explained');
  await page.keyboard.press('Escape');
  assert.equal(await shown('stateful'), false, 'Escape closes it');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.termButton), 'stateful', 'focus stays');
  // Touch or click: open, then the Close button.
  await page.click('[data-term-button="sre"]');
  assert.equal(await shown('sre'), true);
  await page.click('#explain-sre .term-close');
  assert.equal(await shown('sre'), false);
  // The glossary lists every term; the in-place link leads there and the explanation gives way.
  for (const id of ['stateless', 'stateful', 'api', 'sre', 'bedrock', 'azure', 'frontier', 'red-line', 'exclusivity']) {
    assert.equal(await page.locator(`[data-term="${id}"]`).count(), 1, id);
  }
  await page.click('[data-term-button="bedrock"]');
  await page.click('#explain-bedrock a');
  assert.ok(page.url().endsWith('#term-bedrock'));
  assert.equal(await shown('bedrock'), false);
  assert.ok((await page.textContent('[data-note="mix-up"]')).trim().length > 0);
  assertClean(problems);
});

test('the phrase checker marks phrases as the reader types, only ever as text', async () => {
  const { page, problems } = await app();
  await page.click('#phrase-input');
  await page.keyboard.type('Our tool is Powered By OpenAI and CALLS ON <b>GPT</b>; it integrated with AWS.');
  const marks = await page.$$eval('.phrase-output mark', (ms) => ms.map((m) => [m.textContent, m.dataset.phraseKind]));
  assert.deepEqual(marks, [['Powered By', 'allowed'], ['CALLS ON', 'avoided'], ['integrated with', 'allowed']]);
  assert.equal(await page.locator('.phrase-output b').count(), 0, 'HTML stays text');
  assert.match(await page.textContent('.phrase-output'), /<b>GPT<\/b>/);
  // Each phrase found is explained once, in the content's order; the others stay hidden.
  const explained = await page.$$eval('[data-phrase-explained]:not([hidden])', (ls) => ls.map((l) => l.dataset.phraseExplained));
  assert.deepEqual(explained, ['powered-by', 'integrates-with', 'calls-on']);
  const { plurals } = words('en');
  assert.equal(await page.textContent('.phrase-summary'), fill(plurals['phrases-found'].other, { count: 3, allowed: 2, avoided: 1 }));
  // Shortcuts do nothing while typing here.
  const state = await readState(page);
  assert.deepEqual([state.memory, state.tools, state.terms], ['off', 'off', '2025']);
  assert.deepEqual(await axeViolations(page), [], 'with marks shown');
  assertClean(problems);
});

/**
 * What a 100 kB paste costs the reader: the time from the paste to its marks laid out, beside
 * the time the browser itself takes to lay the same paste out in a plain text box added to the
 * same page. Three of each, alternating, from an empty box each time, and the medians compared:
 * a slow or busy machine slows both, so the app's own share is what is held to a budget. The
 * absolute figures are printed, and `cargo xtask bench` reports them on this machine.
 * WebKitGTK 2.50's timings vary most between runs (the README's browser notes give the
 * figures), so its budget is wider.
 */
const PASTE_SHARE_BUDGET_MS = IS_WEBKIT ? 200 : 100;

test('a 100 kB paste is marked at most 100 ms after a plain text box shows it (medians of three; WebKit: 200 ms, see the README)', async () => {
  // In WebKit as readers have it, with the WebAssembly tier the other tests leave out (see
  // webkit.mjs): without it the marking waits for the optimising tier.
  const { page, problems } = await app('', { jsc: { useBBQJIT: true } });
  const { plain, marked } = await page.evaluate(async () => {
    const sentence = 'Our product is powered by OpenAI and never calls on its models directly. ';
    const book = (round) => sentence.repeat(Math.ceil(100_000 / sentence.length)) + round;
    const turn = () => new Promise((resolve) => setTimeout(resolve, 0));
    const paste = (area, text) => {
      area.value = text;
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    };
    const input = document.querySelector('#phrase-input');
    const times = { plain: [], marked: [] };
    for (let round = 0; round < 3; round++) {
      const box = document.createElement('textarea');
      box.rows = input.rows;
      input.after(box);
      await new Promise((resolve) => setTimeout(resolve, 100));
      let t0 = performance.now();
      paste(box, book(round));
      await turn();
      document.body.getBoundingClientRect();
      times.plain.push(performance.now() - t0);
      box.remove();

      paste(input, '');
      while (document.querySelector('.phrase-output mark')) await turn();
      await new Promise((resolve) => setTimeout(resolve, 100));
      t0 = performance.now();
      paste(input, book(round));
      while (!document.querySelector('.phrase-output mark')) await turn();
      document.body.getBoundingClientRect();
      times.marked.push(performance.now() - t0);
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[1];
    return { plain: median(times.plain), marked: median(times.marked) };
  });
  console.log(`100 kB paste, medians of three: marked in ${marked.toFixed(1)} ms; a plain text box, ${plain.toFixed(1)} ms`);
  assert.ok(marked - plain <= PASTE_SHARE_BUDGET_MS, `marked in ${marked.toFixed(1)} ms, a plain box in ${plain.toFixed(1)} ms`);
  const shown = await page.locator('.phrase-output mark').count();
  assert.ok(shown >= 100, `${shown} uses marked in the start shown`);
  const { ui, plurals } = words('en');
  const summary = await page.textContent('.phrase-summary');
  const found = fill(plurals['phrases-found'].other, { count: 2, allowed: 1, avoided: 1 });
  const [before] = ui['phrases-capped'].split('{total}');
  assert.ok(summary.startsWith(`${found} ${fill(before, { shown })}`), summary);
  assertClean(problems);
});
