// The pseudo-locales (src/content/languages.toml's `pseudo`), which `cargo xtask test` builds
// into target/pseudo/ and never ships: every word about 40 % longer with accented letters
// (en-xa), and English written right to left (ar-xb). The layout holds in both: no clipped text,
// no horizontal scroll at 320 px, the experiment on the first screen at the sizes the layout
// promises, and, right to left, the page mirrored.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch, open, closeVariants } from './browser.mjs';
import { openAtSize, assertClean } from './helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const PSEUDO = process.env.TWO_WORDS_PSEUDO_DIST ?? join(here, '../../target/pseudo');
const CODES = existsSync(PSEUDO) ? readdirSync(PSEUDO).sort() : [];

let browser;
const servers = [];
after(async () => {
  await browser?.close();
  // Firefox shows the dark pages in a second browser of its own (browser.mjs): close it too.
  await closeVariants();
  for (const server of servers) server.close();
});
async function site(code) {
  browser ??= await launch();
  const server = await serve(join(PSEUDO, code));
  servers.push(server);
  return server.url;
}

test('the pseudo-locales are built (cargo xtask test builds them into target/pseudo/)', () => {
  assert.deepEqual(CODES, ['ar-xb', 'en-xa']);
});

/** Text an element cuts off: it hides what overflows, and what it holds is wider than it. */
function clipped() {
  return [...document.querySelectorAll('main *')].filter((el) => {
    if (!el.checkVisibility() || el.clientWidth <= 1 || el.closest('svg, .table-scroll, .map-scroll, .presets ul')) return false;
    const style = getComputedStyle(el);
    return ['hidden', 'clip'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
  }).map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
}

for (const code of ['en-xa', 'ar-xb']) {
  test(`${code}: no clipped text and no horizontal scroll at 320 px, light and dark`, async () => {
    const url = await site(code);
    for (const colorScheme of ['light', 'dark']) {
      const { page, problems, context } = await open(browser, `${url}?memory=on&tools=on&model=aws-direct`, { width: 320, height: 720, colorScheme });
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true, `${colorScheme}: scrolls sideways`);
      assert.deepEqual(await page.evaluate(clipped), [], colorScheme);
      assertClean(problems);
      await context.close();
    }
  });

  test(`${code}: every option and the verdict headline on the first screen, and the diagram from 1024 px`, async () => {
    const url = await site(code);
    for (const [width, height] of [[1366, 768], [1280, 800], [1024, 768], [390, 844]]) {
      const { target, problems, context } = await openAtSize(browser, `${url}?memory=on&tools=on&model=aws-direct`, { width, height });
      const s = await target.evaluate(() => {
        const bar = document.querySelector('.verdict-bar');
        const barShown = bar && bar.checkVisibility();
        const bottom = (el) => el.getBoundingClientRect().bottom;
        return {
          usable: barShown ? bar.getBoundingClientRect().top : innerHeight,
          height: innerHeight,
          options: [...document.querySelectorAll('.choice')].map((c) => [c.htmlFor, bottom(c)]),
          headline: bottom(barShown ? bar : document.querySelector('#verdict .verdict-headline')),
          diagram: bottom(document.querySelector('.diagram svg')),
          clipped: [],
        };
      });
      for (const [id, end] of s.options) assert.ok(end <= s.usable, `${width}×${height}: ${id} ends at ${Math.round(end)} px, past ${Math.round(s.usable)}`);
      assert.ok(s.headline <= s.height, `${width}×${height}: the headline ends at ${Math.round(s.headline)} px`);
      if (width >= 1024) assert.ok(s.diagram <= s.height, `${width}×${height}: the diagram ends at ${Math.round(s.diagram)} px`);
      assertClean(problems);
      await context.close();
    }
  });
}

test('ar-xb: the page is written right to left and mirrors, the controls on the reading side', async () => {
  const url = await site('ar-xb');
  const { page, problems, context } = await open(browser, url, { width: 1280, height: 800 });
  const layout = await page.evaluate(() => ({
    dir: document.documentElement.dir,
    direction: getComputedStyle(document.body).direction,
    controls: document.querySelector('.controls-panel').getBoundingClientRect().left,
    result: document.querySelector('.result-panel').getBoundingClientRect().left,
  }));
  assert.equal(layout.dir, 'rtl');
  assert.equal(layout.direction, 'rtl');
  assert.ok(layout.controls > layout.result, 'the controls come first, on the right');

  // An English quotation inside right-to-left words is kept apart, left to right, as English.
  await page.click('input[name="model"][value="aws-direct"]');
  await page.waitForSelector('#verdict[data-verdict="microsoft"]');
  const original = await page.$eval('#verdict .verdict-headline bdi[lang="en"]', (bdi) =>
    ({ ltr: bdi.matches(':dir(ltr)'), bidi: getComputedStyle(bdi).unicodeBidi, text: bdi.textContent }));
  assert.deepEqual(original, { ltr: true, bidi: 'isolate', text: 'red line' });
  assertClean(problems);
  await context.close();
});
