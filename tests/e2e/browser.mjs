// The browser under test, driven by playwright-core (which never downloads a browser), with a
// page that records console errors, page errors and requests to any other host.
//
// TWO_WORDS_BROWSER picks the engine: `chromium` (Debian's /usr/bin/chromium, over the Chrome
// DevTools Protocol), `firefox` (Debian's /usr/bin/firefox-esr, over WebDriver BiDi, which
// stock Firefox speaks: playwright-core's own patched Firefox is never used) or `webkit`
// (Debian's WebKitGTK MiniBrowser through WebKitWebDriver under Xvfb, see webkit.mjs).
import { chromium, firefox } from 'playwright-core';
import { launchWebKit } from './webkit.mjs';

export const ENGINE = process.env.TWO_WORDS_BROWSER ?? 'chromium';
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
export const IS_FIREFOX = ENGINE === 'firefox';
export const IS_WEBKIT = ENGINE === 'webkit';

if (!['chromium', 'firefox', 'webkit'].includes(ENGINE)) {
  throw new Error(`TWO_WORDS_BROWSER must be chromium, firefox or webkit, not ${ENGINE}`);
}

/** Preferences every Firefox starts with: a quiet network, and a fixed reader setting. */
const FIREFOX_PREFS = {
  // The machine's network is closed: no update checks, telemetry or captive-portal probes.
  'app.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'browser.shell.checkDefaultBrowser': false,
  // WebDriver BiDi in Firefox ESR cannot emulate media features per context, so the reader's
  // settings are preferences of the whole browser: light, reduced motion. A context that needs
  // another setting gets a browser of its own (see `newContext`).
  'layout.css.prefers-color-scheme.content-override': 1,
  'ui.prefersReducedMotion': 1,
  // Lets navigator.clipboard.readText() answer without a paste prompt; Firefox has no
  // clipboard-read permission to grant. Mozilla's own tests use the same preference.
  'dom.events.testing.asyncClipboard': true,
};

export async function launch(prefs = {}) {
  if (IS_WEBKIT) return launchWebKit();
  if (IS_FIREFOX) {
    return firefox.launch({
      channel: 'moz-firefox-esr',
      executablePath: FIREFOX,
      firefoxUserPrefs: { ...FIREFOX_PREFS, ...prefs },
    });
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** Firefox browsers launched with other preferences, by those preferences; closed by `closeVariants`. */
const variants = new Map();

/**
 * A new browser context with Playwright's context `options`. Chromium emulates the reader's
 * colour scheme and JavaScript being off per context; Firefox ESR over WebDriver BiDi does
 * neither, so there the context comes from a second Firefox started with those preferences.
 */
export async function newContext(browser, options = {}) {
  // WebKit's contexts are MiniBrowsers of their own, started with the reader's settings.
  if (!IS_FIREFOX) return browser.newContext(options);
  const { colorScheme, reducedMotion, javaScriptEnabled, ...rest } = options;
  const prefs = {};
  if (colorScheme === 'dark') prefs['layout.css.prefers-color-scheme.content-override'] = 0;
  if (reducedMotion === 'no-preference') prefs['ui.prefersReducedMotion'] = 0;
  if (javaScriptEnabled === false) prefs['javascript.enabled'] = false;
  if (Object.keys(prefs).length === 0) return browser.newContext(rest);
  const key = JSON.stringify(prefs);
  if (!variants.has(key)) variants.set(key, launch(prefs));
  return (await variants.get(key)).newContext(rest);
}

export async function closeVariants() {
  for (const variant of variants.values()) await (await variant).close();
  variants.clear();
}

/** Lets the page write to and read from the clipboard (Firefox needs no grant: see FIREFOX_PREFS). */
export async function allowClipboard(context, origin) {
  if (!IS_FIREFOX) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
}

/**
 * What the clipboard holds. WebKit lets a page read it only on a paste the reader makes, so there
 * the text is pasted (Ctrl+V) into a field added for the purpose and read back from it.
 */
export async function readClipboard(page) {
  if (!IS_WEBKIT) return page.evaluate(() => navigator.clipboard.readText());
  await page.evaluate(() => {
    const field = document.createElement('textarea');
    field.id = 'clipboard-probe';
    // Inside an open modal dialog, as the rest of the page is inert then.
    (document.querySelector('dialog[open]') ?? document.body).append(field);
    field.focus();
  });
  await page.keyboard.press('Control+v');
  return page.evaluate(() => {
    const field = document.getElementById('clipboard-probe');
    const text = field.value;
    field.remove();
    return text;
  });
}

/**
 * Shows the page as printed. Chromium emulates print media; Firefox ESR over BiDi cannot, so
 * there the page's own print rules are switched on and its screen rules off through the CSSOM
 * (which a Content-Security-Policy does not restrict).
 */
export async function emulatePrint(page) {
  if (!IS_FIREFOX && !IS_WEBKIT) return page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (!(rule instanceof CSSMediaRule)) continue;
        const text = rule.media.mediaText.trim();
        if (text === 'print') rule.media.mediaText = 'all';
        else if (text === 'screen') rule.media.mediaText = 'not all';
      }
    }
  });
}

/** Makes the page's storage refuse, as a browser that keeps none does. */
function refuseStorage() {
  Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
}

/**
 * A new page at `width` × `height` in `colorScheme`, with its problems collected; with
 * `storage: false`, a browser that keeps no storage (WebKit's MiniBrowser is started without
 * it; the others refuse it from a script that runs before the page's own); `jsc`, options for
 * WebKit's JavaScript engine (see webkit.mjs), which the other engines ignore.
 */
export async function open(browser, url, { width = 1280, height = 900, colorScheme = 'light', reducedMotion = 'reduce', waitFor = '#verdict', storage = true, jsc = {} } = {}) {
  const context = await newContext(browser, { viewport: { width, height }, colorScheme, reducedMotion, ...(IS_WEBKIT ? { storage, jsc } : {}) });
  if (!storage && !IS_WEBKIT) await context.addInitScript(refuseStorage);
  const page = await context.newPage();
  const problems = [];
  const origin = new URL(url).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(origin) && !target.startsWith('data:') && !target.startsWith('blob:')) {
      problems.push(`request to another host: ${target}`);
    }
  });
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  // axeViolations() reads this to drop what axe itself did, not the page.
  page.problems = problems;
  await page.goto(url);
  await page.waitForSelector(waitFor, { state: 'attached' });
  if (waitFor === '#verdict') {
    // The app, once started, owns the page: wait for it to take the prerendered view over (its
    // controls then take input), or for the page to say it could not start or failed.
    await page.waitForFunction(() => !document.querySelector('.controls-panel[inert]')
      || document.querySelector('#start-failed, #crash'));
  }
  return { page, context, problems };
}

/**
 * How many A4 pages the page shown as printed (see `emulatePrint`) fills, for an engine that
 * cannot print from WebDriver (WebKit): the document laid out at the printable width of A4 with
 * the stylesheet's 14 mm margins, its height divided by the printable height. It ignores the
 * print rules' page breaks, so it can only undercount by the white space they leave. Returns
 * the pages and the height they were counted from.
 */
export async function estimatedPrintPages(page) {
  const mm = 96 / 25.4;
  const { width, height } = page.viewportSize();
  const printable = Math.round((210 - 28) * mm);
  await page.setViewportSize({ width: printable, height });
  // WebKitGTK resizes its window asynchronously: read the height once the page is laid out at
  // the new width and the height has held for 200 ms.
  let total = 0;
  for (let tries = 0; tries < 20; tries++) {
    const [innerWidth, now] = await page.evaluate(() => [window.innerWidth, document.documentElement.scrollHeight]);
    if (innerWidth <= printable + 20 && now === total) break;
    total = now;
    await page.waitForTimeout(200);
  }
  await page.setViewportSize({ width, height });
  return { pages: Math.ceil(total / ((297 - 28) * mm)), height: total };
}

/**
 * The page printed to A4, as a PDF. Playwright 1.64 sends Firefox the paper size in inches
 * where WebDriver BiDi reads centimetres (A4 came out 8.3 cm wide), so Firefox is given the
 * centimetres under the name of inches.
 */
export async function printA4(page) {
  if (IS_WEBKIT) throw new Error('WebKitWebDriver has no print command: the handout is checked through its print rules instead');
  if (IS_FIREFOX) return page.pdf({ width: '21in', height: '29.7in' });
  return page.pdf({ format: 'A4' });
}
