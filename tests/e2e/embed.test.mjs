// Embedding (spec §7): the resize messages a host page receives, embed.js and the demo article
// keeping the iframe at its content's height, the embed dialog's snippet pasted into a blank
// page, and the render flags theme, plain and static.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { open, allowClipboard, readClipboard } from './browser.mjs';
import { suite, hostPage, settled, DIST, readState, axeViolations, assertClean, walkAllSystems } from './helpers.mjs';

/** Records every message the host page receives, and whether it came from the frame. */
const RECORDER = `<script>
  window.received = [];
  addEventListener('message', (event) => {
    const frame = document.getElementById('frame');
    window.received.push({ data: event.data, fromFrame: event.source === frame.contentWindow });
  });
</script>`;

const ctx = suite({
  pages: {
    '/host-all.html': hostPage('./?embed=1&childId=story-7#amp=1', { script: RECORDER }),
    '/host-plain.html': hostPage('./?embed=1&preset=sre', { script: RECORDER }),
    '/host-pym.html': hostPage('./?embed=1&childId=' + 'x'.repeat(100), { script: RECORDER }),
    // As WordPress frames a page: its secret after the link's own hash, if the link had one.
    '/host-wp.html': hostPage('./?embed=1&preset=sre#?secret=Ab12Cd34Ef', { script: RECORDER }),
    '/host-wp-amp.html': hostPage('./?embed=1#amp=1#?secret=xyz789', { script: RECORDER }),
    '/host-wp-bad.html': hostPage('./?embed=1#?secret=a-b%3Cscript%3E', { script: RECORDER }),
  },
});

/**
 * Waits until the framed app has started: the prerendered page is there before it, with a
 * different height when the link asks for another view, so a height read earlier is stale.
 */
const frameStarted = (frame) => frame.locator('.controls-panel:not([inert])').waitFor();

/** The embedded page's own height, as the resize messages should report it. */
async function contentHeight(page) {
  return page.evaluate(() =>
    Math.ceil(document.getElementById('frame').contentDocument.documentElement.getBoundingClientRect().height));
}

async function lastMessages(page) {
  // Let the frame settle (its last height message agrees with its content for a quarter of a
  // second; a busy engine may take longer than a fixed wait), then read what arrived.
  await page.waitForFunction(() => {
    const last = window.received.filter((m) => m.data?.type === 'two-words:resize').at(-1);
    const inner = Math.ceil(document.getElementById('frame').contentDocument.documentElement.getBoundingClientRect().height);
    const agrees = last?.data.height === inner;
    window.agreesSince = agrees ? (window.agreesSince ?? performance.now()) : undefined;
    return agrees && performance.now() - window.agreesSince >= 250;
  }, undefined, { timeout: 5000 });
  return page.evaluate(() => window.received);
}

test('an embedded page posts its height in all three formats to the page that asked', async () => {
  const { page, problems } = await open(ctx.browser, `${ctx.server.origin}/host-all.html`, { waitFor: 'iframe' });
  const frame = page.frameLocator('#frame');
  await frameStarted(frame);
  const received = await lastMessages(page);
  const height = await contentHeight(page);
  assert.ok(received.every((m) => m.fromFrame), 'every message comes from the frame');
  const ours = received.filter((m) => m.data?.type === 'two-words:resize').at(-1);
  const amp = received.filter((m) => m.data?.sentinel === 'amp').at(-1);
  const pym = received.filter((m) => typeof m.data === 'string').at(-1);
  assert.deepEqual(ours?.data, { type: 'two-words:resize', height });
  assert.deepEqual(amp?.data, { sentinel: 'amp', type: 'embed-size', height });
  assert.equal(pym?.data, `pymxPYMxstory-7xPYMxheightxPYMx${height}`);
  assert.ok(height > 500, `a real height: ${height}`);

  // A change of content height is posted again, with the new height.
  await frame.locator('button[data-preset="sre"]').click();
  await frame.locator('details > summary').click();
  await page.waitForTimeout(300);
  const after = await page.evaluate(() => window.received);
  const newHeight = await contentHeight(page);
  assert.notEqual(newHeight, height, 'opening the sources changes the height');
  assert.deepEqual(after.filter((m) => m.data?.type === 'two-words:resize').at(-1).data, { type: 'two-words:resize', height: newHeight });
  assertClean(problems);
});

test('only our format is posted when the page does not ask for AMP or pym.js', async () => {
  for (const host of ['host-plain.html', 'host-pym.html']) {
    const { page, problems, context } = await open(ctx.browser, `${ctx.server.origin}/${host}`, { waitFor: 'iframe' });
    await frameStarted(page.frameLocator('#frame'));
    const received = await lastMessages(page);
    assert.ok(received.length > 0);
    assert.ok(received.every((m) => m.data?.type === 'two-words:resize'), `${host}: ${JSON.stringify(received)}`);
    assertClean(problems);
    await context.close();
  }
});

test('WordPress gets its secret back with each height, and only a plain secret is taken', async () => {
  for (const [host, secret] of [['host-wp.html', 'Ab12Cd34Ef'], ['host-wp-amp.html', 'xyz789'], ['host-wp-bad.html', null]]) {
    const { page, problems, context } = await open(ctx.browser, `${ctx.server.origin}/${host}`, { waitFor: 'iframe' });
    await frameStarted(page.frameLocator('#frame'));
    const received = await lastMessages(page);
    const height = await contentHeight(page);
    const wordpress = received.filter((m) => m.data && typeof m.data === 'object' && 'secret' in m.data);
    if (secret) {
      // wp-embed.js shows the frame on {secret, message: "height", value} with the frame's secret.
      assert.deepEqual(wordpress.at(-1)?.data, { secret, message: 'height', value: height }, host);
      assert.ok(wordpress.every((m) => m.fromFrame), host);
    } else {
      assert.deepEqual(wordpress, [], `${host}: a secret with other characters is not WordPress's`);
    }
    // The formats the page already spoke are still spoken beside it.
    assert.ok(received.some((m) => m.data?.type === 'two-words:resize'), host);
    assert.equal(received.some((m) => m.data?.sentinel === 'amp'), host === 'host-wp-amp.html', host);

    // WordPress's script, started late, asks with its secret and is answered with the height;
    // a stranger's "ready" gets nothing.
    await page.evaluate(() => { window.received.length = 0; });
    await page.evaluate(() => document.getElementById('frame').contentWindow.postMessage({ message: 'ready', secret: 'someoneElse' }, '*'));
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.received), [], `${host}: no answer to another secret`);
    await page.evaluate((asked) => document.getElementById('frame').contentWindow.postMessage({ message: 'ready', secret: asked }, '*'), secret ?? 'a');
    await page.waitForTimeout(300);
    const answers = (await page.evaluate(() => window.received)).map((m) => m.data);
    assert.deepEqual(answers, secret ? [{ secret, message: 'height', value: height }] : [], `${host}: the answer to "ready"`);

    // The link out of the frame asks WordPress to open it: the frame may not open it itself.
    const link = page.frameLocator('#frame').locator('[data-link-out]');
    const href = await link.getAttribute('href');
    assert.match(href, /^http:\/\/127\.0\.0\.1:\d+\/(\?|$)/, `${host}: the full page's link, without the embed flags`);
    if (secret) {
      await page.evaluate(() => { window.received.length = 0; });
      await link.click();
      await page.waitForTimeout(300);
      const links = (await page.evaluate(() => window.received)).filter((m) => m.data?.message === 'link').map((m) => m.data);
      assert.deepEqual(links, [{ secret, message: 'link', value: href }], host);
    }
    assertClean(problems);
    await context.close();
  }
});

test('in WordPress\'s 1000-px frame, 600 to 700 px wide, the experiment of every system is whole in every language', async () => {
  for (const folder of ['', 'es/', 'fr/', 'de/']) {
    for (const width of [600, 700]) {
      const { page, problems, context } = await open(ctx.browser, `${ctx.server.url}${folder}?embed=1`, { width, height: 1000 });
      // Every configuration in turn, through the controls, each measured once it is drawn.
      const worst = await walkAllSystems(page);
      assert.ok(worst.bottom <= 1000, `${folder || 'en/'} at ${width} px: ${JSON.stringify(worst)}`);
      assertClean(problems);
      await context.close();
    }
  }
});

test('embed-demo.html keeps its iframe within 2 px of the content height as it changes', async () => {
  const { page, problems } = await open(ctx.browser, `${ctx.server.url}embed-demo.html`, { waitFor: 'iframe[data-two-words]' });
  const frameEl = page.locator('iframe[data-two-words]');
  const frame = page.frameLocator('iframe[data-two-words]');
  await frameStarted(frame);
  // Whether the frame's height comes within 2 px of its content's, and stays there for a
  // quarter of a second, within 5 s: a change takes a layout, a message and a resize, and an
  // engine that is busy (WebKit under Xvfb) may take longer than a fixed wait.
  const settles = async () => {
    try {
      await page.waitForFunction(() => {
        const iframe = document.querySelector('iframe[data-two-words]');
        const inner = iframe.contentDocument.documentElement.getBoundingClientRect().height;
        const close = Math.abs(iframe.getBoundingClientRect().height - inner) <= 2;
        window.closeSince = close ? (window.closeSince ?? performance.now()) : undefined;
        return close && performance.now() - window.closeSince >= 250;
      }, undefined, { timeout: 5000 });
      return true;
    } catch {
      return false;
    }
  };
  assert.ok(await settles(), 'after load');
  await frame.locator('button[data-preset="own-memory"]').click();
  assert.ok(await settles(), 'after a preset');
  await frame.locator('details > summary').click();
  assert.ok(await settles(), 'after opening the sources');
  const height = await frameEl.evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(height > 900, `the iframe grew to its content: ${height}`);
  assertClean(problems);
});

test('embed.js ignores messages from other windows and malformed heights', async () => {
  const { page } = await open(ctx.browser, `${ctx.server.url}embed-demo.html`, { waitFor: 'iframe[data-two-words]' });
  await frameStarted(page.frameLocator('iframe[data-two-words]'));
  const before = await settled(page, () => page.evaluate(() => document.querySelector('iframe[data-two-words]').style.height));
  await page.evaluate(() => {
    // From the host page itself (not the frame), and from the frame with bad values.
    window.postMessage({ type: 'two-words:resize', height: 5 }, '*');
    const frame = document.querySelector('iframe[data-two-words]').contentWindow;
    for (const height of ['77', -1, 1e9, NaN, null]) frame.parent.postMessage({ type: 'two-words:resize', height }, '*');
  });
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => document.querySelector('iframe[data-two-words]').style.height), before);
});

test('the embed dialog gives a snippet for the current view that works pasted into a blank page', async () => {
  const { page, context, problems } = await open(ctx.browser, `${ctx.server.url}?preset=sre&terms=2026&theme=dark`);
  await allowClipboard(context, ctx.server.origin);
  await page.click('[data-action="embed"]');
  const dialog = page.locator('#embed-dialog');
  assert.ok(await dialog.isVisible());
  const snippet = await page.inputValue('#embed-code');
  assert.match(snippet, /<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?memory=on&amp;tools=on&amp;model=aws-runtime&amp;terms=2026&amp;theme=dark&amp;embed=1"/);
  assert.match(snippet, / title="[^"]+"/);
  assert.match(snippet, / style="width:100%;border:0"/);
  assert.doesNotMatch(snippet, / width="/, 'the width attribute takes pixels only');
  assert.match(snippet, / loading="lazy"/);
  assert.match(snippet, / data-two-words/);
  assert.match(snippet, /<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>/);
  await page.click('[data-action="copy-embed"]');
  await page.waitForFunction(() => document.querySelector('#embed-dialog [role="status"]').textContent.includes('copied'));
  assert.equal(await readClipboard(page), snippet);
  const link = await page.getAttribute('[data-plain-link]', 'href');
  assert.match(link, /\?memory=on&tools=on&model=aws-runtime&terms=2026$/);
  await page.keyboard.press('Escape');
  assert.ok(!(await dialog.isVisible()));
  assertClean(problems);

  // Pasted into a blank page, the snippet shows the same view and sizes itself.
  const blank = await context.newPage();
  await blank.setContent(`<!DOCTYPE html><html lang="en"><head><title>Blank</title></head><body><p>Article text.</p>${snippet}</body></html>`);
  const frame = blank.frameLocator('iframe[data-two-words]');
  // The prerendered default view is there at once; the link's view once the app has started,
  // which the app's controls taking input tell.
  await frame.locator('.controls-panel:not([inert])').waitFor();
  assert.equal(await frame.locator('#verdict').getAttribute('data-verdict'), 'no-dispute');
  assert.equal(await frame.locator('input[name="terms"]:checked').getAttribute('value'), '2026');
  await blank.waitForFunction(() => {
    const iframe = document.querySelector('iframe[data-two-words]');
    return iframe.style.height && iframe.style.height !== '900px';
  });
});

test('theme=dark and theme=light override the reader setting; auto follows it', async () => {
  const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const cases = [
    ['?theme=dark', 'light', 'rgb(18, 20, 23)'],
    ['?theme=light', 'dark', 'rgb(251, 250, 247)'],
    ['?theme=auto', 'dark', 'rgb(18, 20, 23)'],
    ['', 'light', 'rgb(251, 250, 247)'],
  ];
  for (const [query, colorScheme, expected] of cases) {
    const { page, problems, context } = await open(ctx.browser, ctx.server.url + query, { colorScheme });
    assert.equal(await background(page), expected, `${query} in ${colorScheme}`);
    assert.deepEqual(await axeViolations(page), [], `${query} in ${colorScheme}`);
    assertClean(problems);
    await context.close();
  }
});

test('plain=1 leaves out the header, footer and embed button; flags survive every change', async () => {
  const { page, problems } = await open(ctx.browser, `${ctx.server.url}?plain=1&theme=dark&childId=a1`);
  // The header stays for screen readers (the page's title), out of sight; the footer goes.
  assert.equal(await page.locator('.page-header').evaluate((e) => e.getBoundingClientRect().height), 1);
  assert.ok(!(await page.locator('.tagline').isVisible()));
  assert.ok(!(await page.locator('.page-footer').isVisible()));
  assert.ok(await page.locator('.embed-footer').isVisible());
  assert.equal(await page.locator('[data-action="embed"]').count(), 0);
  await page.click('input[name="memory"][value="on"]');
  await page.click('button[data-preset="raw-bedrock"]');
  assert.equal((await readState(page)).search, '?model=aws-direct&theme=dark&plain=1&childId=a1');
  assertClean(problems);
});

test('static=1 shows the view as linked, with every control switched off', async () => {
  const { page, problems } = await open(ctx.browser, `${ctx.server.url}?static=1&preset=sre`);
  const disabled = await page.$$eval('input[type="radio"], button[data-preset], [data-action$="-preset"]', (els) => els.map((e) => e.disabled));
  assert.ok(disabled.length >= 18 && disabled.every(Boolean), 'all controls disabled');
  await page.keyboard.press('m');
  await page.keyboard.press('1');
  await page.keyboard.press('ArrowRight');
  const state = await readState(page);
  assert.deepEqual([state.memory, state.tools, state.model, state.verdict], ['on', 'on', 'aws-runtime', 'amazon-openai']);
  assertClean(problems);
});

test('embed mode folds the sources behind a link and keeps controls, diagram, verdict and arguments', async () => {
  for (const width of [320, 700]) {
    const { page, problems, context } = await open(ctx.browser, `${ctx.server.url}?embed=1&preset=tools-only`, { width, height: 800 });
    assert.ok(!(await page.locator('.tagline').isVisible()));
    assert.ok(!(await page.locator('.about').isVisible()));
    assert.ok(!(await page.locator('.page-footer').isVisible()));
    // The verdict's box gives way to its parts in a frame (headline, diagram, then reason).
    assert.ok(await page.locator('#verdict .verdict-headline').isVisible());
    assert.ok(await page.locator('.diagram svg').isVisible());
    assert.equal(await page.locator('[data-argument]').count(), 11);
    assert.equal(await page.locator('input[type="radio"]').count(), 9);
    const source = page.locator('[data-source-id="news-az"]');
    assert.ok(!(await source.isVisible()), 'sources folded');
    await page.click('.sources summary');
    assert.ok(await source.isVisible(), 'sources open in place');
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client, `no horizontal scroll at ${width}`);
    assert.deepEqual(await axeViolations(page), [], `embed at ${width}`);
    assertClean(problems);
    await context.close();
  }
});

test('the demo article and embed.js ship in dist/', () => {
  const demo = readFileSync(join(DIST, 'embed-demo.html'), 'utf8');
  assert.match(demo, /<iframe[^>]+data-two-words/);
  assert.match(demo, /<script src="embed\.js"/);
  const script = readFileSync(join(DIST, 'embed.js'), 'utf8');
  assert.match(script, /event\.source/);
  assert.ok(script.length < 2000, 'a few lines');
});
