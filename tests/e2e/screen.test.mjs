// The whole experiment on one screen, in each engine: every option of the four controls, the
// verdict headline and (from 1024 px) the diagram inside the first screen at the sizes readers
// use; the diagram's badges inside their boxes; the map of every system, whose links the app
// follows without reloading; and one short polite message per change for screen readers.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { suite, openAtSize, SHOTS, readState, assertClean } from './helpers.mjs';
import { open } from './browser.mjs';
import { languages, words, fill } from './languages.mjs';

const ctx = suite();
before(() => mkdirSync(SHOTS, { recursive: true }));

/** The views with the longest headline and reason (an inference) and a short one. */
const VIEWS = ['memory=on&tools=on&model=aws-direct', 'preset=sre&terms=2026'];

/** The sizes of the issue: a projector, three laptops, two phones. */
const SIZES = [
  { name: 'projector-1280x720', width: 1280, height: 720, query: 'present=1&' },
  { name: 'laptop-1366x768', width: 1366, height: 768, query: '' },
  { name: 'laptop-1280x800', width: 1280, height: 800, query: '' },
  { name: 'laptop-1024x768', width: 1024, height: 768, query: '' },
  { name: 'phone-390x844', width: 390, height: 844, query: '' },
  { name: 'phone-360x740', width: 360, height: 740, query: '' },
];

/** Where the experiment's pieces end on the first screen, before any scrolling. */
function firstScreen() {
  const bottom = (el) => (el ? el.getBoundingClientRect().bottom : Infinity);
  const bar = document.querySelector('.verdict-bar');
  const barShown = bar && bar.checkVisibility();
  return {
    scrollY: scrollY,
    height: innerHeight,
    fontSize: parseFloat(getComputedStyle(document.querySelector('.choice-label')).fontSize),
    options: [...document.querySelectorAll('.choice')].map((c) => ({ id: c.htmlFor, bottom: bottom(c), shown: c.checkVisibility() })),
    // On a phone the pinned bar is the verdict's headline on the first screen; it covers the foot.
    usable: barShown ? bar.getBoundingClientRect().top : innerHeight,
    headline: barShown ? bottom(bar) : bottom(document.querySelector('#verdict .verdict-headline')),
    barHeadline: barShown ? bar.querySelector('.verdict-bar-headline').textContent.trim() : null,
    verdictHeadline: document.querySelector('#verdict .verdict-headline').textContent.trim(),
    diagram: bottom(document.querySelector('.diagram svg')),
  };
}

// In every language: the translations' words run longer than the English, so each is held to the
// same screens with the view whose words are longest.
for (const { code, folder } of languages())
for (const { name, width, height, query } of SIZES) {
  test(`${code}, ${name}: every option, the verdict headline${width >= 1024 ? ' and the diagram' : ''} on the first screen`, async () => {
    const views = folder ? VIEWS.slice(0, 1) : VIEWS;
    for (const [i, view] of views.entries()) {
      const url = `${ctx.server.url}${folder ? `${folder}/` : ''}?${query}${view}`;
      const { page, target, problems, context } = await openAtSize(ctx.browser, url, { width, height });
      const s = await target.evaluate(firstScreen);
      assert.equal(s.scrollY, 0);
      assert.equal(s.options.length, 9);
      for (const option of s.options) {
        assert.ok(option.shown && option.bottom <= s.usable, `${view}: ${option.id} ends at ${Math.round(option.bottom)} px, past ${Math.round(s.usable)}`);
      }
      assert.ok(s.headline <= s.height, `${view}: the headline ends at ${Math.round(s.headline)} px`);
      if (s.barHeadline !== null) assert.equal(s.barHeadline, s.verdictHeadline, 'the bar repeats the headline whole');
      if (width >= 1024) assert.ok(s.diagram <= s.height, `${view}: the diagram ends at ${Math.round(s.diagram)} px`);
      if (query.includes('present')) assert.ok(s.fontSize >= 24, `projector text is ${s.fontSize} px`);
      assertClean(problems);
      await page.screenshot({ path: join(SHOTS, `one-screen-${folder ? `${code}-` : ''}${name}-${i + 1}.png`) });
      await context.close();
    }
  });
}

/**
 * What the diagram's caption says for a configuration, in a language's words (spec §2): where
 * each request goes, then who keeps the memory and uses the tools.
 */
function expectedCaption(texts, { memory, tools, model }) {
  const runtime = model === 'aws-runtime' || (model === 'azure' && (memory === 'on' || tools === 'on'));
  const route = model === 'aws-runtime' ? fill(texts['route-aws'], { cloud: 'AWS' })
    : runtime ? fill(texts['route-anywhere'], { cloud: 'Azure' })
    : fill(texts['route-direct'], { cloud: model === 'azure' ? 'Azure' : 'AWS' });
  const held = { 'on,on': 'both', 'on,off': 'memory', 'off,on': 'tools', 'off,off': 'neither' }[`${memory},${tools}`];
  return `${route} ${texts[`held-${runtime ? 'runtime' : 'app'}-${held}`]}`;
}

/** What the diagram shows: its caption as read, and the boxes and badges drawn, each once. */
function diagramShown() {
  const visible = (el) => !el.closest('[display="none"], [hidden]');
  const drawn = (selector) => [...document.querySelectorAll(selector)].filter(visible)
    .map((g) => `${g.getAttribute('class')}${g.closest('.node') && g.closest('.node') !== g ? ` in ${g.closest('.node').getAttribute('class')}` : ''}`);
  return {
    caption: document.querySelector('#diagram-caption').innerText.replace(/\s+/g, ' ').trim(),
    nodes: drawn('.diagram .node'),
    clouds: drawn('.diagram .cloud'),
    chips: drawn('.diagram .chip').map((chip, i) => `${chip}: ${[...document.querySelectorAll('.diagram .chip')].filter(visible)[i].querySelector('text').textContent.trim()}`),
    legs: [...document.querySelectorAll('.diagram .request')].filter(visible).length,
  };
}

/** The diagram's words that stand outside the box that holds them (a badge, a box, a cloud). */
function wordsOutside() {
  return [...document.querySelectorAll('.diagram text')].filter((text) => {
    const group = text.closest('g');
    if (!group || group.closest('[display="none"]')) return false;
    const box = group.querySelector(':scope > rect').getBBox();
    const b = text.getBBox();
    return b.x < box.x || b.x + b.width > box.x + box.width;
  }).map((text) => `${text.closest('g').getAttribute('class')}: ${text.textContent}`);
}

// In every language, whose words run longer: the themes with the largest type.
for (const { code, folder } of languages())
test(`${code}: the diagram shows each system's route, its badges inside their boxes and its words inside theirs, in every configuration and theme`, async () => {
  const themes = [['light', 'theme=light'], ['dark', 'theme=dark'], ['projector', 'present=1']];
  const { page: texts } = words(code);
  for (const [theme, flags] of folder ? themes.filter(([name]) => name !== 'dark') : themes) {
    const { page, problems, context } = await open(ctx.browser, `${ctx.server.url}${folder ? `${folder}/` : ''}?${flags}`);
    for (const memory of ['off', 'on']) for (const tools of ['off', 'on']) for (const model of ['azure', 'aws-runtime', 'aws-direct']) {
      await page.click(`input[name="memory"][value="${memory}"]`);
      await page.click(`input[name="tools"][value="${tools}"]`);
      await page.click(`input[name="model"][value="${model}"]`);
      const name = `${theme} memory=${memory} tools=${tools} model=${model}`;
      // The build drew every form of each piece; the app shows the route's, each piece once.
      const shown = await page.evaluate(diagramShown);
      assert.equal(shown.caption, expectedCaption(texts, { memory, tools, model }), name);
      const runtime = model === 'aws-runtime' || (model === 'azure' && (memory === 'on' || tools === 'on'));
      assert.deepEqual(shown.nodes, ['node on app', `node runtime ${runtime ? 'on' : 'off'}`], name);
      assert.deepEqual(shown.clouds, model === 'azure' ? ['cloud azure on', 'cloud aws off'] : ['cloud azure off', 'cloud aws on'], name);
      // Each badge once, in the box that holds memory and tools, on when the part is on there.
      const holder = model === 'aws-direct' ? 'node on app' : `node runtime ${runtime ? 'on' : 'off'}`;
      const state = (part) => (part === 'on' && (runtime || model === 'aws-direct') ? 'on' : 'off');
      assert.deepEqual(shown.chips.sort(), [`chip ${state(memory)} in ${holder}: ${texts.memory}`, `chip ${state(tools)} in ${holder}: ${texts.tools}`].sort(), name);
      assert.equal(shown.legs, runtime ? 2 : 1, name);
      const outside = await page.evaluate(() => [...document.querySelectorAll('.diagram .chip')].filter((chip) => !chip.closest('[display="none"]')).flatMap((chip) => {
        const box = chip.closest('.node').querySelector(':scope > rect').getBBox();
        const inset = 2; // the box's border
        const parts = [chip.querySelector('rect'), ...chip.querySelectorAll('text')];
        return parts.filter((p) => {
          const b = p.getBBox();
          return b.x < box.x + inset || b.y < box.y + inset
            || b.x + b.width > box.x + box.width - inset || b.y + b.height > box.y + box.height - inset;
        }).map((p) => `${chip.closest('.node').getAttribute('class')}: ${p.textContent || 'badge'}`);
      }));
      assert.deepEqual(outside, [], name);
      assert.deepEqual(await page.evaluate(wordsOutside), [], `${name}: words`);
    }
    assertClean(problems);
    await context.close();
  }
});

test('the map shows every system under the terms in force, each a link the app follows without reloading', async () => {
  const { page, problems } = await open(ctx.browser, `${ctx.server.url}?terms=2026`);
  await page.evaluate(() => { window.notReloaded = true; });
  const cells = async () => page.$$eval('a[data-view]', (links) => links.filter((a) => a.checkVisibility())
    .map((a) => ({ view: a.dataset.config, verdict: a.dataset.verdict, word: a.textContent.trim(), icon: a.querySelector('.map-icon')?.textContent, current: a.getAttribute('aria-current') })));
  let shown = await cells();
  assert.equal(shown.length, 12, 'twelve systems under one set of terms');
  assert.ok(shown.every((c) => c.view.endsWith('terms=2026')));
  assert.ok(shown.every((c) => c.word.length > 2 && c.icon), 'a word and a sign, never colour alone');
  assert.deepEqual(shown.filter((c) => c.current).map((c) => c.view), ['memory=off&tools=off&model=azure&terms=2026']);
  for (const cell of shown) {
    await page.click(`a[data-view][data-config="${cell.view}"]`);
    const state = await readState(page);
    const [memory, tools, model] = ['memory', 'tools', 'model'].map((part) => new URLSearchParams(cell.view).get(part));
    assert.deepEqual([state.memory, state.tools, state.model, state.terms, state.verdict], [memory, tools, model, '2026', cell.verdict], cell.view);
    assert.equal(await page.getAttribute(`a[data-view][data-config="${cell.view}"]`, 'aria-current'), 'true');
    assert.equal(await page.locator('a[data-view][aria-current]').count(), 1);
  }
  assert.equal(await page.evaluate(() => window.notReloaded), true, 'followed without a reload');
  // The other terms' map comes with the terms; a link is also reached and followed by keyboard.
  await page.click('input[name="terms"][value="2025"]');
  shown = await cells();
  assert.equal(shown.length, 12);
  assert.ok(shown.every((c) => c.view.endsWith('terms=2025')));
  await page.focus('a[data-view][data-config="memory=on&tools=off&model=aws-runtime&terms=2025"]');
  await page.keyboard.press('Enter');
  const state = await readState(page);
  assert.deepEqual([state.memory, state.tools, state.model, state.terms], ['on', 'off', 'aws-runtime', '2025']);
  assert.equal(await page.evaluate(() => window.notReloaded), true);
  assertClean(problems);
});

test('each change is heard as one short polite message, the latest only; the system is named above the controls', async () => {
  const { page, problems } = await open(ctx.browser, `${ctx.server.url}?preset=sre`);
  const status = page.locator('[role="status"][data-announcer]');
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  assert.equal(await page.locator('#verdict').evaluate((v) => v.closest('[aria-live]')), null, 'one message per change, not the whole verdict');
  assert.equal((await status.textContent()).trim(), '', 'nothing is said before a change');
  // Three changes in quick succession (one task, as fast as a reader pressing keys): only the
  // last is said, with the new verdict.
  await page.evaluate(() => {
    for (const [part, value] of [['memory', 'off'], ['tools', 'off'], ['model', 'aws-direct']]) {
      document.querySelector(`input[name="${part}"][value="${value}"]`).click();
    }
  });
  await page.waitForFunction(() => document.querySelector('[data-announcer]').textContent.trim() !== '');
  const headline = (await page.textContent('#verdict .verdict-headline')).trim();
  const said = (await status.textContent()).trim();
  const label = (await page.textContent('.part-model legend')).trim();
  const value = (await page.textContent('label[for="model-aws-direct"] .choice-label')).trim();
  assert.ok(said.startsWith(`${label}: ${value}.`), said);
  assert.ok(said.endsWith(headline), said);
  // Dated as on screen: the kicker (the terms, and when they were reported) before the verdict.
  const kicker = await page.$eval('#verdict [data-kicker]', (k) => k.firstChild.textContent.trim());
  assert.ok(said.includes(`${kicker}: ${headline}`), said);
  // It is in the accessibility tree, and the stale messages are gone from it.
  const tree = await page.locator('body').ariaSnapshot();
  assert.ok(tree.includes(said.slice(0, 40)), 'the message is in the accessibility tree');
  const memory = (await page.textContent('.part-memory legend')).trim();
  const tools = (await page.textContent('.part-tools legend')).trim();
  assert.ok(!said.includes(`${memory}:`) && !said.includes(`${tools}:`), `only the latest change: ${said}`);
  // The sentence above the controls names the whole system at any time.
  const system = (await page.textContent('[data-current-system]')).trim();
  for (const id of ['memory-off', 'tools-off', 'model-aws-direct', 'terms-2025']) {
    const word = (await page.textContent(`label[for="${id}"] .choice-label`)).trim();
    assert.ok(system.includes(word), `${system} names ${word}`);
  }
  const controls = await page.locator('.controls-panel').evaluate((panel) => panel.querySelector('[data-current-system]').compareDocumentPosition(panel.querySelector('.controls')));
  assert.ok(controls & 4 /* DOCUMENT_POSITION_FOLLOWING */, 'above the controls');
  // A preset is named by its title; a quiz that hides the answer does not say it.
  await page.click('button[data-preset="frontier-azure"]');
  const title = (await page.textContent('button[data-preset="frontier-azure"]')).trim();
  await page.waitForFunction((t) => document.querySelector('[data-announcer]').textContent.startsWith(`${t}.`), title);
  assertClean(problems);
  const quiz = await open(ctx.browser, `${ctx.server.url}?quiz=1`);
  await quiz.page.click('input[name="memory"][value="on"]');
  await quiz.page.waitForFunction(() => document.querySelector('[data-announcer]').textContent.trim() !== '');
  const hidden = (await quiz.page.textContent('[data-announcer]')).trim();
  const answer = (await quiz.page.locator('#verdict .verdict-headline').textContent()).trim();
  assert.ok(!hidden.includes(answer), `the quiz's answer stays hidden: ${hidden}`);
  assertClean(quiz.problems);
});
