// How often WebKit traps while the app runs: loads the framed app again and again, in turn in
// each language, walks each load through all 24 systems as the frame test does, and counts the
// loads that logged a page error. Not part of `cargo xtask test`; run it against a built dist/:
//
//   cd tests/e2e && TWO_WORDS_BROWSER=webkit node --test webkit-trap.mjs
//
// JSC_* variables reach WebKit's JavaScript engine (JSC_useBBQJIT=true measures WebKit as it
// ships, with the tier the other suites leave out; see webkit.mjs). LOADS loads per browser
// session, SESSIONS sessions.
import { test } from 'node:test';
import { open } from './browser.mjs';
import { suite, walkAllSystems } from './helpers.mjs';

const ctx = suite({});
const LOADS = Number(process.env.LOADS ?? 60);
const SESSIONS = Number(process.env.SESSIONS ?? 2);

test('loads of the framed app that logged a page error', async () => {
  let failures = 0;
  let loads = 0;
  for (let session = 0; session < SESSIONS; session++) {
    const { page, problems, context } = await open(ctx.browser, `${ctx.server.url}?embed=1`, { width: 600, height: 1000 });
    for (let load = 0; load < LOADS; load++) {
      if (load > 0) {
        const folder = ['', 'es/', 'fr/', 'de/'][load % 4];
        await page.goto(`${ctx.server.url}${folder}?embed=1&load=${load}`);
        await page.waitForFunction(() => !document.querySelector('.controls-panel[inert]') || document.querySelector('#start-failed, #crash'));
      }
      loads++;
      await walkAllSystems(page);
      // One more step, so that the recorder hands over what the page logged.
      await page.evaluate(() => 1);
      if (problems.length) {
        failures++;
        console.log(`load ${loads}: ${problems.map((p) => p.split('\n').slice(0, 3).join(' | ')).join(' ;; ')}`);
        problems.length = 0;
      }
    }
    await context.close();
  }
  console.log(`loads ${loads}, with a page error ${failures}`);
});
