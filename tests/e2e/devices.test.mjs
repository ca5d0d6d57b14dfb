// Phone and tablet sizes, in each engine: the page fits the width, every control and the verdict
// are there to use, and a screenshot per size and engine goes to target/screenshots/<engine>/
// for review. (WebKitGTK's window stops at 447 px: there the phones are framed at their size.)
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { suite, openAtSize, SHOTS, assertClean, axeViolations } from './helpers.mjs';

const ctx = suite();
before(() => mkdirSync(SHOTS, { recursive: true }));

/** Two phones held upright, a tablet upright and on its side. */
const SIZES = [
  { name: 'phone-360x740', width: 360, height: 740 },
  { name: 'phone-390x844', width: 390, height: 844 },
  { name: 'tablet-768x1024', width: 768, height: 1024 },
  { name: 'tablet-1024x768', width: 1024, height: 768 },
];

for (const { name, width, height } of SIZES) {
  test(`${name}: no sideways scroll, every control and the verdict usable, axe clean`, async () => {
    const { page, target, problems, context } = await openAtSize(ctx.browser, `${ctx.server.url}?preset=sre`, { width, height });
    const view = await target.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      controls: [...document.querySelectorAll('input[name]')].map((input) => {
        const r = input.getBoundingClientRect();
        return { name: `${input.name}=${input.value}`, shown: input.checkVisibility(), width: r.width };
      }),
      presets: [...document.querySelectorAll('button[data-preset]')].filter((b) => b.checkVisibility()).length,
      verdict: document.querySelector('#verdict')?.dataset.verdict,
      headline: document.querySelector('#verdict .verdict-headline')?.textContent.trim() ?? '',
    }));
    assert.ok(view.scroll <= view.client, `scrollWidth ${view.scroll} > ${view.client}`);
    assert.equal(view.controls.length, 9, 'nine choices: memory 2, tools 2, model 3, terms 2');
    for (const control of view.controls) {
      assert.ok(control.shown && control.width > 0, `${control.name} is shown`);
    }
    assert.equal(view.presets, 7);
    assert.equal(view.verdict, 'amazon-openai');
    assert.ok(view.headline.length > 20, 'the headline is in words');
    // A control at the foot of the page still works at this size.
    await target.click('input[name="terms"][value="2026"]');
    assert.equal(await target.getAttribute('#verdict', 'data-verdict'), 'no-dispute');
    assert.deepEqual(await axeViolations(target), []);
    // Checked before the screenshot, which in Firefox adds a <style> the CSP reports.
    assertClean(problems);
    await page.screenshot({ path: join(SHOTS, `device-${name}.png`) });
    await context.close();
  });
}
