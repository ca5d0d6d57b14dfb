// Each preset's own page (`views/<preset-id>/`, in every language): prerendered in its view and
// complete without JavaScript, named by its title, description and card, linked to the same view
// in every language; the app adopts it in that view, keeps its clean address, writes a change
// against it, lets a query override it, and shares it. Selects by roles and data-*, never by a
// language's words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { open, newContext } from './browser.mjs';
import { serve } from './server.mjs';
import { suite, DIST, readState, assertClean } from './helpers.mjs';
import { languages, words, head as pageHead } from './languages.mjs';

const ctx = suite();
const LANGUAGES = languages();
const PRESETS = words('en').presets;
const folderOf = (language, preset) => `${language.folder ? `${language.folder}/` : ''}views/${preset.id}/`;

const head = (folder) => pageHead(DIST, folder);

test('every preset has a page of its own in every language, in its view without JavaScript, named by its title, description and card', async () => {
  const context = await newContext(ctx.browser, { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const titles = new Set();
  for (const language of LANGUAGES) {
    const content = words(language.code);
    for (const preset of PRESETS) {
      const folder = folderOf(language, preset);
      const where = `${language.code} ${preset.id}`;
      await page.goto(`${ctx.server.url}${folder}`);
      await page.waitForSelector('#verdict', { state: 'attached' });
      const seen = await page.evaluate(() => {
        const checked = (name) => document.querySelector(`input[name="${name}"]:checked`)?.value;
        const verdict = document.querySelector('#verdict');
        return {
          lang: document.documentElement.lang,
          parts: ['memory', 'tools', 'model'].map(checked),
          terms: checked('terms'),
          verdict: verdict.dataset.verdict,
          // The kicker's words, without the badge that follows them.
          kicker: verdict.querySelector('.verdict-kicker').firstChild.textContent.trim(),
          headline: verdict.querySelector('.verdict-headline').textContent.trim(),
          // What the table of all systems says of this view: the build marks its row.
          row: document.querySelector('table[data-all-configurations] tr[aria-current]')?.dataset.config,
          rowVerdict: document.querySelector('table[data-all-configurations] tr[aria-current] [data-verdict]')?.dataset.verdict,
          styled: getComputedStyle(document.body).margin !== '8px',
          diagram: document.querySelector('.diagram svg')?.getBoundingClientRect().height ?? 0,
        };
      });
      assert.equal(seen.lang, language.code, where);
      assert.deepEqual(seen.parts, [preset.memory, preset.tools, preset.model], `${where}: its parts are checked`);
      assert.equal(seen.row, `memory=${preset.memory}&tools=${preset.tools}&model=${preset.model}&terms=${seen.terms}`, `${where}: its row is marked`);
      assert.equal(seen.verdict, seen.rowVerdict, `${where}: its verdict is the table's`);
      assert.ok(seen.styled && seen.diagram > 100, `${where}: its stylesheet loads from two folders down`);
      // Its own words: the view's name, then its verdict after its kicker, in its language.
      const h = head(folder);
      const name = content.presets.find((p) => p.id === preset.id).title;
      assert.ok(h.title.includes(name) && h.title.includes(content.meta.title), `${where}: ${h.title}`);
      assert.ok(h.description.includes(seen.headline) && h.description.includes(seen.kicker), `${where}: ${h.description}`);
      assert.equal(h.card['og:title'], h.title, `${where}: og:title`);
      assert.equal(h.card['og:description'], h.description, `${where}: og:description`);
      titles.add(h.title);
      // Its card, the picture a shared link shows: a PNG of 1200 by 630 beside the page.
      const png = readFileSync(join(DIST, folder, 'card.png'));
      assert.equal(png.subarray(1, 4).toString(), 'PNG', `${where}: card.png is a PNG`);
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630], `${where}: card.png's size`);
      // Its alternates are the same view in each language.
      for (const [hreflang, href] of h.alternates) {
        const target = LANGUAGES.find((l) => l.code === hreflang) ?? LANGUAGES[0];
        assert.equal(new URL(href, `http://x/${folder}`).pathname, `/${folderOf(target, preset)}`, `${where}: ${hreflang}`);
      }
    }
  }
  assert.equal(titles.size, LANGUAGES.length * PRESETS.length, 'each page has a title of its own');
  await context.close();
});

test('the app adopts a view\'s page in its view, keeps its address clean, and writes a change against it', async () => {
  const preset = PRESETS.find((p) => p.memory === 'on' && p.model === 'aws-runtime');
  const folder = folderOf(LANGUAGES[0], preset);
  // The WebAssembly waits on the server, so the page is looked at as the build wrote it.
  const slow = await serve(DIST, { hold: /\.wasm$/ });
  try {
    const context = await newContext(ctx.browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${slow.url}${folder}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('#verdict');
    const before = await page.evaluate(() => {
      document.querySelector('#verdict').twoWordsPrerendered = true;
      return document.querySelector('#verdict').dataset.verdict;
    });
    slow.release();
    await page.waitForFunction(() => !document.querySelector('.controls-panel[inert]'), null, { timeout: 30_000 });
    const state = await readState(page);
    assert.deepEqual([state.memory, state.tools, state.model], [preset.memory, preset.tools, preset.model]);
    assert.equal(state.verdict, before, 'the verdict the build wrote');
    assert.equal(state.search, '', 'the page\'s own view needs no query');
    assert.equal(await page.evaluate(() => document.querySelector('#verdict').twoWordsPrerendered), true, 'adopted, not drawn again');
    await context.close();
  } finally {
    slow.close();
  }

  const { page, problems } = await open(ctx.browser, `${ctx.server.url}${folder}`);
  const origin = new URL(ctx.server.url).origin;
  // Shared as it opened, the embed code frames the page as it is, and its card stands in where
  // frames and scripts are dropped.
  await page.click('[data-action="embed"]');
  const clean = await page.inputValue('#embed-code');
  assert.ok(clean.includes(`<iframe src="${origin}/${folder}?embed=1"`), clean);
  assert.ok(clean.includes(`<noscript><a href="${origin}/${folder}"><img src="${origin}/${folder}card.png" alt="`), clean);
  const card = await page.evaluate(async (url) => {
    const response = await fetch(url);
    return [response.status, response.headers.get('content-type')];
  }, `${origin}/${folder}card.png`);
  assert.deepEqual(card, [200, 'image/png']);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('#embed-dialog[open]'));
  // Memory off is the default view's value, but not this page's: it is written.
  await page.click('input[name="memory"][value="off"]');
  await page.waitForFunction(() => location.search === '?memory=off');
  const links = await page.$$eval('nav a[data-language]', (as) => as.map((a) => [a.dataset.language, new URL(a.href).pathname, new URL(a.href).search]));
  for (const [code, pathname, search] of links) {
    const language = LANGUAGES.find((l) => l.code === code);
    assert.deepEqual([pathname, search], [`/${folderOf(language, preset)}`, '?memory=off'], `the ${code} link keeps the page and the view`);
  }
  // The address means the same view when opened again.
  await page.reload();
  await page.waitForFunction(() => !document.querySelector('.controls-panel[inert]'));
  const again = await readState(page);
  assert.deepEqual([again.memory, again.tools, again.model, again.search], ['off', preset.tools, preset.model, '?memory=off']);
  // Shared from this page, the link and the embed are this page's, with the view's query.
  await page.click('[data-action="embed"]');
  const snippet = await page.inputValue('#embed-code');
  assert.ok(snippet.includes(`src="${origin}/${folder}?memory=off&amp;embed=1"`), snippet);
  assert.ok(snippet.includes(`<script src="${origin}/embed.js" async></script>`), snippet);
  assert.ok(!snippet.includes('<noscript>'), 'the card shows the page\'s own view only');
  assertClean(problems);
});

test('on a view\'s page the address still overrides the view, and a bad value is named', async () => {
  const preset = PRESETS.find((p) => p.memory === 'on' && p.model === 'aws-runtime');
  const other = PRESETS.find((p) => p.memory === 'off' && p.tools === 'off' && p.model === 'azure');
  const language = LANGUAGES[LANGUAGES.length - 1];
  const { page, problems } = await open(ctx.browser, `${ctx.server.url}${folderOf(language, preset)}?tools=off&terms=2026&model=nowhere`);
  const state = await readState(page);
  assert.deepEqual([state.memory, state.tools, state.model, state.terms], [preset.memory, 'off', preset.model, '2026']);
  assert.equal(await page.locator('#notice').count(), 1, 'the ignored value is noticed');
  assertClean(problems);
  const second = await open(ctx.browser, `${ctx.server.url}${folderOf(language, preset)}?preset=${other.id}`);
  const switched = await readState(second.page);
  assert.deepEqual([switched.memory, switched.tools, switched.model], [other.memory, other.tools, other.model]);
  assertClean(second.problems);
});
