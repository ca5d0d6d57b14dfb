// Every language the release is built in (src/content/languages.toml), in each engine: its page
// says which language it is in and where the others are, for browsers, search engines and link
// previews; its words are its own (the title, the headline, the app's labels); the language
// switcher keeps the reader's view; and axe finds nothing. Selects by roles and data-*, never by
// a language's words.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open } from './browser.mjs';
import { suite, DIST, readState, axeViolations, assertClean } from './helpers.mjs';
import { languages, head as pageHead } from './languages.mjs';

const ctx = suite();
const LANGUAGES = languages();
const pageOf = (folder) => `${ctx.server.url}${folder ? `${folder}/` : ''}`;

const head = (folder) => pageHead(DIST, folder);

test('each language\'s page names its language, direction, title and description, its card for shared links, and links every other in the HTML', () => {
  const titles = new Set();
  for (const { code, dir, folder } of LANGUAGES) {
    const h = head(folder);
    assert.equal(h.lang, code);
    assert.equal(h.dir, dir);
    assert.ok(h.title.length > 10 && h.description.length > 50, `${code}: a title and a description`);
    titles.add(h.title);
    // The card a shared link shows, in the page's language. Its absolute address, the canonical
    // link and oEmbed's are written only when the build knows the site's address.
    assert.equal(h.card['og:title'], h.title, `${code}: og:title`);
    assert.equal(h.card['og:description'], h.description, `${code}: og:description`);
    assert.equal(h.card['og:type'], 'website');
    assert.equal(h.card['twitter:card'], 'summary');
    assert.equal(h.card['og:url'], undefined, `${code}: no address without TWO_WORDS_SITE_URL`);
    // One alternate for each language and a default, each the address of that language's page.
    assert.deepEqual(h.alternates.map(([hreflang]) => hreflang), [...LANGUAGES.map((l) => l.code), 'x-default']);
    for (const [hreflang, href] of h.alternates) {
      const target = LANGUAGES.find((l) => l.code === hreflang) ?? LANGUAGES[0];
      const resolved = new URL(href, `http://x/${folder ? `${folder}/` : ''}`).pathname;
      assert.equal(resolved, `/${target.folder ? `${target.folder}/` : ''}`, `${code}: ${hreflang}`);
    }
  }
  assert.equal(titles.size, LANGUAGES.length, 'each language has a title of its own');
});

test('each language\'s app speaks that language, and its switcher keeps the reader\'s view', async () => {
  const headlines = new Set();
  for (const { code, folder } of LANGUAGES) {
    const { page, problems, context } = await open(ctx.browser, `${pageOf(folder)}?preset=sre&terms=2026`);
    assert.equal(await page.getAttribute('html', 'lang'), code);
    headlines.add(await page.textContent('#verdict .verdict-headline'));
    // The current language is marked; the others are offered, each in its own language.
    const links = await page.$$eval('nav a[data-language]', (as) => as.map((a) => ({
      code: a.dataset.language, lang: a.lang, current: a.getAttribute('aria-current'), href: a.getAttribute('href'),
    })));
    assert.deepEqual(links.map((l) => l.code), LANGUAGES.map((l) => l.code));
    for (const link of links) {
      assert.equal(link.lang, link.code);
      assert.equal(link.current, link.code === code ? 'page' : null);
      // Each keeps the view: the app writes the address bar's query into every link.
      assert.match(link.href, /\?memory=on&tools=on&model=aws-runtime&terms=2026$/, `${code} → ${link.code}`);
    }
    // A change of view reaches the links too (the address leaves out a part at its default).
    await page.click('input[name="memory"][value="off"]');
    await page.waitForFunction(() => [...document.querySelectorAll('nav a[data-language]')]
      .every((a) => a.search === '?tools=on&model=aws-runtime&terms=2026'));
    assertClean(problems);
    await context.close();
  }
  assert.equal(headlines.size, LANGUAGES.length, 'each language has a headline of its own');

  // Following a link opens the other language in the same view.
  const [first, second] = LANGUAGES;
  const { page, problems } = await open(ctx.browser, `${pageOf(first.folder)}?preset=raw-bedrock&terms=2026`);
  await page.click(`nav a[data-language="${second.code}"]`);
  await page.waitForFunction((code) => document.documentElement.lang === code
    && !document.querySelector('.controls-panel[inert]'), second.code);
  const state = await readState(page);
  assert.deepEqual([state.memory, state.tools, state.model, state.terms], ['off', 'off', 'aws-direct', '2026']);
  assertClean(problems);
});

for (const { code, folder } of LANGUAGES) {
  test(`${code}: axe-core finds no violations, with a view that carries every badge, light and dark`, async () => {
    for (const colorScheme of ['light', 'dark']) {
      const { page, problems, context } = await open(ctx.browser, `${pageOf(folder)}?memory=on&tools=on&model=aws-direct`, { colorScheme });
      assert.deepEqual(await axeViolations(page), [], `${code}, ${colorScheme}`);
      assertClean(problems);
      await context.close();
    }
  });
}

test('English quoted inside a translation is marked as English wherever it is shown, and its mark never shows', async () => {
  for (const { code, folder } of LANGUAGES.slice(1)) {
    // Every page the build wrote in the language: the first, the log and each view's page.
    const root = join(DIST, folder);
    const built = ['index.html', 'corrections.html', ...readdirSync(join(root, 'views')).map((id) => join('views', id, 'index.html'))];
    for (const file of built) assert.ok(!readFileSync(join(root, file), 'utf8').includes('{en:'), `${code}: ${file}`);
    assert.ok(!readFileSync(join(DIST, `two-words.${code}.html`), 'utf8').includes('{en:'), `${code}: the single file`);

    // A view whose headline and reason quote OpenAI's reported "red line", from the app.
    const { page, problems, context } = await open(ctx.browser, `${pageOf(folder)}?memory=off&tools=off&model=aws-runtime&terms=2025`);
    await page.click('input[name="model"][value="aws-direct"]');
    await page.waitForSelector('#verdict[data-verdict="microsoft"]');
    const marked = await page.$$eval('#verdict [lang="en"], .verdict-bar [lang="en"]', (originals) =>
      originals.map((original) => [original.closest('[class]').className, original.tagName, original.textContent]));
    assert.ok(marked.some(([where]) => where === 'verdict-headline'), `${code}: ${JSON.stringify(marked)}`);
    assert.ok(marked.every(([, tag, text]) => tag === 'BDI' && text === 'red line'), `${code}: ${JSON.stringify(marked)}`);
    // The build's sections too: the introduction, the arguments and the glossary.
    for (const section of ['.about', '.arguments', '.glossary']) {
      assert.ok(await page.locator(`${section} bdi[lang="en"]`).count() > 0, `${code}: ${section}`);
    }
    // What the reader sees and hears has the words without their mark.
    await page.waitForFunction(() => document.querySelector('[data-announcer]').textContent.length > 0);
    const shown = await page.evaluate(() => [document.body.innerText, document.querySelector('[data-announcer]').textContent]);
    for (const text of shown) assert.ok(!text.includes('{en:'), `${code}: ${text.slice(0, 200)}`);
    assert.match(shown[1], /red line/, `${code}: the announcement says the headline`);
    assertClean(problems);
    await context.close();
  }
});
