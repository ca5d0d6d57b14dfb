// A view's link pasted into a real WordPress post (Debian's WordPress 6.1, started by
// tests/e2e/wordpress.mjs): WordPress finds the page's oEmbed answer, embeds its frame, shows it
// once the page answers its handshake, and follows the frame's link out to the full page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch, open, IS_WEBKIT } from './browser.mjs';
import { readState, SHOTS } from './helpers.mjs';
import { startWordPress, embedBlock } from './wordpress.mjs';

const here = dirname(fileURLToPath(import.meta.url));
/** The release built for the address this test serves it from (`cargo xtask test` builds it). */
const SITE_DIST = process.env.TWO_WORDS_SITE_DIST ?? join(here, '../../target/site-dist');
/** A preset whose verdict is not the default view's, and whose experiment is among the tallest. */
const VIEW = 'thin-relay';

const ctx = {};

before(async () => {
  const index = await readFile(join(SITE_DIST, 'index.html'), 'utf8');
  const canonical = index.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
  assert.ok(canonical, `${SITE_DIST} was built without the site's address (TWO_WORDS_SITE_URL)`);
  const site = new URL(canonical);
  // A frame WordPress makes is sandboxed: an opaque origin, for which the files need CORS and,
  // in WebKit, the policy needs the server's own origin beside 'self'.
  ctx.site = await serve(SITE_DIST, { cors: true, port: Number(site.port), cspOrigin: IS_WEBKIT });
  ctx.wordpress = await startWordPress({ allowPorts: [Number(site.port)] });
  ctx.browser = await launch();
  ctx.link = `${ctx.site.url}views/${VIEW}/`;
});

after(async () => {
  await ctx.browser?.close();
  await ctx.wordpress?.stop();
  ctx.site?.close();
});

test('a view page\'s link pasted into a WordPress post becomes that view, shown and sized by its handshake', async () => {
  // What the view's own page shows, to compare the embed with.
  const direct = await open(ctx.browser, ctx.link);
  const expected = await readState(direct.page);
  await direct.context.close();

  const post = await ctx.wordpress.publish('An article with an embed',
    `<!-- wp:paragraph --><p>The article's first paragraph.</p><!-- /wp:paragraph -->\n\n${embedBlock(ctx.link, 'two-words')}\n\n<!-- wp:paragraph --><p>The article goes on.</p><!-- /wp:paragraph -->`);
  const { page, problems, context } = await open(ctx.browser, post, { width: 1280, height: 1000, waitFor: 'iframe.wp-embedded-content' });
  const iframe = page.locator('iframe.wp-embedded-content');
  // WordPress kept the frame alone, sandboxed, with its secret after the page's address.
  const src = await iframe.getAttribute('src');
  const secret = await iframe.getAttribute('data-secret');
  assert.equal(src, `${ctx.link}?embed=1#?secret=${secret}`);
  assert.match(secret, /^[A-Za-z0-9]{10}$/);
  assert.equal(await iframe.getAttribute('sandbox'), 'allow-scripts');

  // The page answers WordPress's handshake: wp-embed.js sets the frame's height from it,
  // clamped to 200–1000 px, in place of oEmbed's 900.
  const frame = page.frame({ url: new RegExp(`/views/${VIEW}/\\?embed=1`) });
  assert.ok(frame, 'the frame loaded the view\'s page');
  await frame.waitForSelector('.controls-panel:not([inert])');

  await page.waitForFunction(() => document.querySelector('iframe.wp-embedded-content').getAttribute('height') !== '900', undefined, { timeout: 15_000 });
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const height = Number(await iframe.getAttribute('height'));
  assert.equal(height, Math.min(1000, Math.max(200, content)), `frame ${height} px for ${content} px of content`);
  const box = await iframe.boundingBox();
  assert.ok(box.height === height && box.width >= 500 && box.width <= 700, `the frame fits the article's column: ${JSON.stringify(box)}`);

  // It shows the linked view, as its own page does.
  const shown = await readState(frame);
  for (const key of ['memory', 'tools', 'model', 'terms', 'verdict']) assert.equal(shown[key], expected[key], key);

  // The experiment is whole inside the frame, unscrolled: every option, the verdict and the diagram.
  const bottoms = await frame.evaluate(() => {
    const bottom = (element) => element.getBoundingClientRect().bottom;
    return {
      options: Math.max(...[...document.querySelectorAll('.controls-panel .choice')].map(bottom)),
      verdict: bottom(document.querySelector('#verdict')),
      diagram: bottom(document.querySelector('.result-panel svg')),
      scrolled: window.scrollY,
    };
  });
  for (const [part, bottom] of Object.entries(bottoms)) {
    if (part !== 'scrolled') assert.ok(bottom <= height, `${part} ends at ${bottom} px, inside the ${height}-px frame`);
  }
  assert.equal(bottoms.scrolled, 0);
  // Only WordPress's own files and the explainer's were asked for. (Read before the
  // screenshot, for which Firefox's driver adds a style that the page's policy reports.)
  const elsewhere = problems.filter((p) => !p.startsWith(`request to another host: ${ctx.site.origin}/`));
  assert.deepEqual(elsewhere, []);
  await page.screenshot({ path: join(SHOTS, 'wordpress-post.png'), fullPage: true });

  // The link out asks WordPress to open the full page in the article's window: the sandbox
  // lets the frame neither open a tab nor navigate the article itself.
  await frame.click('[data-link-out]');
  await page.waitForFunction((link) => location.href === link, ctx.link, { timeout: 10_000 });
  await context.close();
});
