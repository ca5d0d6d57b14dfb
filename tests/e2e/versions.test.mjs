// Dated versions: each page says when its content was last updated and links the corrections
// log; the release is kept unchanged at v/<version>/; and the embed dialog offers a code pinned
// to this version beside the live one, which pasted into an article shows that version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { open } from './browser.mjs';
import { suite, DIST, assertClean } from './helpers.mjs';
import { languages, words } from './languages.mjs';

const ctx = suite({ cors: true });
const VERSION = words('en').meta.version;

test('the release is kept at v/<version>/ in every language, its views included, without the single files', () => {
  assert.match(VERSION, /^\d{4}-\d{2}-\d{2}$/);
  const pinned = join(DIST, 'v', VERSION);
  for (const { folder } of languages()) {
    for (const file of ['index.html', 'embed.js', 'card.png', 'corrections.html', 'views/sre/index.html', 'views/sre/card.png']) {
      assert.ok(existsSync(join(pinned, folder, file)), `v/${VERSION}/${folder}${folder && '/'}${file}`);
    }
  }
  assert.ok(!existsSync(join(pinned, 'two-words.html')), 'the single files stay out');
  assert.ok(!existsSync(join(pinned, 'v')), 'a version holds no versions');
});

test('every page says when it was last updated, in its language, and links the corrections log', async () => {
  for (const { code, folder } of languages()) {
    const content = words(code);
    const language = `${ctx.server.url}${folder}${folder && '/'}`;
    const { page, problems, context } = await open(ctx.browser, `${language}views/sre/`);
    const updated = page.locator('.page-footer .last-updated');
    assert.equal(await updated.getAttribute('data-version'), VERSION, code);
    // The date in the language's words, and the link to the log beside the language's page.
    assert.match(await updated.textContent(), /\d{4}/, code);
    assert.equal(await page.getAttribute('.page-footer .last-updated a', 'href'), '../../corrections.html', code);
    await page.click('.page-footer .last-updated a');
    await page.waitForFunction((log) => location.href === log, `${language}corrections.html`);
    assert.equal(await page.getAttribute('html', 'lang'), code);
    assert.equal(await page.getAttribute('.last-updated', 'data-version'), VERSION, code);
    const log = await page.evaluate(() => [...document.querySelectorAll('[data-correction]')].map((li) => ({
      time: li.querySelector('time')?.getAttribute('datetime'),
      text: li.textContent,
    })));
    assert.equal(log.length, content.corrections.length, code);
    log.forEach((entry, i) => {
      const correction = content.corrections[i];
      assert.equal(entry.time, correction.date, code);
      assert.ok(entry.text.includes(correction.change) && entry.text.includes(correction.why), `${code}: entry ${i} says what changed and why`);
    });
    // And back to the explainer.
    assert.equal(await page.getAttribute('main a[href="./"]', 'href'), './');
    assertClean(problems);
    await context.close();
  }
});

/** Chooses `edition` in the embed dialog (opening it first if need be) and returns its code. */
async function embedCode(page, edition) {
  if (!(await page.evaluate(() => document.querySelector('#embed-dialog')?.open))) await page.click('[data-action="embed"]');
  const pinned = await page.evaluate(() => document.querySelector('input[name="embed-pinned"]').checked);
  if (pinned !== (edition === 'pinned')) await page.click('input[name="embed-pinned"]');
  return page.inputValue('#embed-code');
}

test('the embed dialog gives the live code and one pinned to this version, from either release', async () => {
  for (const { folder } of languages()) {
    const below = `${folder}${folder && '/'}views/sre/`;
    const live = `${ctx.server.url}${below}`;
    const pinned = `${ctx.server.url}v/${VERSION}/${below}`;
    for (const opened of [live, pinned]) {
      const { page, problems, context } = await open(ctx.browser, opened);
      await page.click('[data-action="embed"]');
      assert.equal(await page.evaluate(() => document.querySelector('input[name="embed-pinned"]').checked), false, 'live by default');
      const liveCode = await embedCode(page, 'live');
      assert.match(liveCode, new RegExp(`<iframe src="${live.replaceAll('.', '\\.')}\\?embed=1"`), `${opened}: live`);
      const pinnedCode = await embedCode(page, 'pinned');
      assert.match(pinnedCode, new RegExp(`<iframe src="${pinned.replaceAll('.', '\\.')}\\?embed=1"`), `${opened}: pinned`);
      assert.ok(pinnedCode.includes(`<script src="${ctx.server.url}v/${VERSION}/${folder}${folder && '/'}embed.js" async>`), `${opened}: its embed.js`);
      // The plain link follows the choice too.
      assert.equal(await page.getAttribute('[data-plain-link]', 'href'), pinned);
      assertClean(problems);
      await context.close();
    }
  }
});

test('a pinned code pasted into an article shows this version\'s view and sizes itself', async () => {
  const { page, context } = await open(ctx.browser, `${ctx.server.url}views/raw-bedrock/?terms=2026`);
  const code = await embedCode(page, 'pinned');
  await page.setContent(`<!DOCTYPE html><html lang="en"><head><title>Article</title></head><body><p>Article text.</p>${code}</body></html>`);
  const frame = page.frameLocator('iframe[data-two-words]');
  await frame.locator('.controls-panel:not([inert])').waitFor();
  assert.equal(await frame.locator('input[name="model"]:checked').getAttribute('value'), 'aws-direct');
  assert.equal(await frame.locator('input[name="terms"]:checked').getAttribute('value'), '2026');
  assert.equal(await frame.locator('.embed-footer .last-updated').getAttribute('data-version'), VERSION);
  await page.waitForFunction(() => {
    const iframe = document.querySelector('iframe[data-two-words]');
    return iframe.src.includes('/v/') && iframe.style.height && iframe.style.height !== '900px';
  });
  await context.close();
});
