// The fairness checklist on the rendered page (spec §3–§4), for every one of the 24 systems, in
// each engine: both sides argued with a standing and a reason; nothing that rests on the clause
// marked "does not apply" where the verdict is unsettled; no headline that reads as a ruling; no
// phrase from the story in the page's own words; every quotation attributed; every inference
// labelled; and colours that take no side, in light, dark and projector themes.
//
// `tests/fairness.rs` checks the same natively over the content file; this suite checks what a
// reader actually gets.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { open } from './browser.mjs';
import { suite, SHOTS, assertClean } from './helpers.mjs';
import { languages } from './languages.mjs';

const ctx = suite();
before(() => mkdirSync(SHOTS, { recursive: true }));

const ALL = [];
for (const terms of ['2025', '2026'])
  for (const model of ['azure', 'aws-runtime', 'aws-direct'])
    for (const memory of ['off', 'on'])
      for (const tools of ['off', 'on']) ALL.push({ memory, tools, model, terms });

/** The arguments that rest on the stateless-API clause (spec §4), written out on purpose. */
const RESTS_ON_CLAUSE = ['clause', 'not-feasible', 'spirit', 'on-the-record'];
/** Spec §3: the rows no report discusses. */
const inferred = ({ memory, tools, model, terms }) =>
  terms === '2025' && ((model === 'aws-runtime' && memory === 'off' && tools === 'off')
    || (model === 'aws-direct' && (memory === 'on' || tools === 'on')));

/** Waits until the app has taken over the prerendered page (its controls take input then). */
const started = (page) => page.waitForFunction(() => document.querySelector('#verdict') && !document.querySelector('.controls-panel[inert]'));

/** What the page shows for the current view, as the checklist needs it. */
function readFairness() {
  const v = document.querySelector('#verdict');
  // The page's own words: everything visible but quotations, the phrase checker's marks and the
  // reader's text, with what stands between quotation marks (of any of the shipped languages)
  // left out.
  const clone = document.body.cloneNode(true);
  for (const el of clone.querySelectorAll('q, blockquote, mark, textarea, script, noscript, [hidden]')) el.remove();
  const own = clone.textContent.replace(/“[^”]*”|«[^»]*»|„[^“]*“/g, ' ');
  const quotations = [...document.querySelectorAll('q, blockquote')].map((q) => {
    const holder = q.closest('figure, .event-quote');
    const attribution = holder?.querySelector('[data-attribution]');
    return { text: q.textContent, attribution: attribution?.dataset.attribution ?? '', said: attribution?.textContent.trim() ?? '' };
  });
  return {
    verdict: v.dataset.verdict,
    inferred: v.dataset.inferred,
    inferenceLabel: !!v.querySelector('[data-inference]'),
    kicker: v.querySelector('[data-kicker]')?.dataset.kicker,
    kickerText: v.querySelector('[data-kicker]')?.textContent.trim(),
    headline: v.querySelector('.verdict-headline').textContent,
    args: [...document.querySelectorAll('[data-argument]')].map((a) => ({
      id: a.dataset.argument,
      side: a.dataset.side,
      applies: a.dataset.applies,
      reason: a.querySelector('.status:not([hidden])')?.textContent.trim() ?? '',
      inferredReason: !!a.querySelector('.status:not([hidden]) [data-inference]'),
    })),
    own,
    quotations,
  };
}

// In every language: the checklist reads the page's marks (data-*), never its words, except
// for the story's own English phrases, which no language's page may use as its own.
for (const { code, folder } of languages())
test(`${code}: the fairness checklist holds for every one of the 24 systems`, async () => {
  const home = `${ctx.server.url}${folder ? `${folder}/` : ''}`;
  const { page, problems } = await open(ctx.browser, home);
  for (const config of ALL) {
    for (const part of ['memory', 'tools', 'model', 'terms']) {
      await page.click(`input[name="${part}"][value="${config[part]}"]`);
    }
    const view = await page.evaluate(readFairness);
    const name = JSON.stringify(config);

    // Both sides are argued, each argument with a standing and a reason.
    for (const side of ['microsoft', 'amazon-openai', 'terms']) {
      const ours = view.args.filter((a) => a.side === side);
      assert.ok(ours.length > 0, `${name}: no ${side} arguments`);
      for (const a of ours) {
        assert.ok(['true', 'false', 'unknown'].includes(a.applies), `${name}: ${a.id} has no standing`);
        assert.ok(a.reason.length > 10, `${name}: ${a.id} has no reason`);
      }
    }
    // What the terms leave open is never "does not apply".
    if (view.verdict === 'unsettled') {
      for (const id of RESTS_ON_CLAUSE) {
        assert.equal(view.args.find((a) => a.id === id).applies, 'unknown', `${name}: ${id}`);
      }
    }
    // With every request on Azure, the clause is met, not "does not apply".
    if (config.model === 'azure') {
      assert.equal(view.args.find((a) => a.id === 'clause').applies, 'true', `${name}: the clause is met`);
    }
    // The headline never reads as a ruling, and the kicker dates it.
    assert.doesNotMatch(view.headline, /agrees|applies — and/i, name);
    assert.equal(view.kicker, config.terms, name);
    assert.match(view.kickerText, /20\d\d/, `${name}: the kicker names a date`);
    // Every inference is labelled.
    assert.equal(view.inferred, String(inferred(config)), name);
    assert.equal(view.inferenceLabel, inferred(config), `${name}: the inference is labelled`);
    // The page's own words never use the phrases from the story.
    assert.doesNotMatch(view.own, /pass-?through|calls on/i, `${name}: the page's own words`);
    // Every quotation names who said it, in one of the content's forms.
    assert.ok(view.quotations.length >= 15, name);
    for (const q of view.quotations) {
      assert.ok(q.attribution && q.said.length > 3, `${name}: “${q.text}” has no attribution`);
    }
  }
  // Inferred argument reasons carry the label too (the relay, and your own app on AWS).
  await page.goto(`${home}?model=aws-direct&memory=on`);
  await started(page);
  const view = await page.evaluate(readFairness);
  assert.ok(view.args.some((a) => a.inferredReason), 'an inferred reason is labelled');
  assertClean(problems);
});

/** Colours as the reader's browser computes them. */
function readColours() {
  const css = (selector, property) => {
    const el = document.querySelector(selector);
    return el ? getComputedStyle(el)[property] : null;
  };
  return {
    link: css('.sources a, main a[href]', 'color'),
    checked: css('.choice.checked', 'borderTopColor'),
    arrow: css('.diagram .request', 'stroke'),
    button: css('.button', 'backgroundColor'),
    contested: css('.badge-contested', 'color'),
    text: css('body', 'color'),
    microsoft: css('.side-microsoft > h3', 'borderBottomColor'),
    amazon: css('.side-amazon-openai > h3', 'borderBottomColor'),
    microsoftWidth: css('.side-microsoft > h3', 'borderBottomWidth'),
    amazonWidth: css('.side-amazon-openai > h3', 'borderBottomWidth'),
  };
}

test('the accent is neither side\'s colour, the sides have equal weight, and Contested is neutral: light, dark, projector', async () => {
  for (const [theme, query, colorScheme] of [
    ['light', '?preset=sre', 'light'],
    ['dark', '?preset=sre&theme=dark', 'dark'],
    ['present', '?preset=sre&present=1', 'light'],
  ]) {
    const { page, context, problems } = await open(ctx.browser, ctx.server.url + query, { width: 1280, height: 800, colorScheme });
    await started(page);
    const c = await page.evaluate(readColours);
    for (const [what, colour] of Object.entries({ link: c.link, checked: c.checked, arrow: c.arrow, button: c.button })) {
      assert.ok(colour, `${theme}: ${what} has a colour`);
      assert.notEqual(colour, c.microsoft, `${theme}: the ${what} is Microsoft's colour`);
      assert.notEqual(colour, c.amazon, `${theme}: the ${what} is Amazon and OpenAI's colour`);
    }
    assert.equal(c.microsoftWidth, c.amazonWidth, `${theme}: the two sides' marks have the same weight`);
    assert.equal(c.contested, c.text, `${theme}: the Contested badge is neutral`);
    assertClean(problems);
    await page.screenshot({ path: join(SHOTS, `fairness-${theme}-sre.png`) });
    for (const [name, view] of [['relay', 'preset=thin-relay'], ['unsettled', 'preset=raw-bedrock&terms=2026']]) {
      await page.goto(`${ctx.server.url}?${view}${query.replace('?preset=sre', '')}`);
      await started(page);
      await page.screenshot({ path: join(SHOTS, `fairness-${theme}-${name}.png`) });
    }
    await context.close();
  }
});
