// WebKit (the engine of every browser on iOS and iPadOS) through Debian's WebKitGTK WebDriver
// server, driven by selenium-webdriver, behind the small part of Playwright's API the suites use,
// so that a test is written once for all three engines.
//
// Each browser context is a WebDriver session of its own WebKitWebDriver (which serves one
// session at a time): a MiniBrowser started with the reader's settings as command-line switches
// (`--dark-mode`, `--enable-javascript=false`), the way the Firefox suite starts a second Firefox. WebDriver classic has no console or network
// events, so a page's problems are read from the page itself after every step: a recorder of
// console errors and uncaught errors installed after each load, and the Resource Timing entries
// for requests to another host or answered with an error. The README lists each substitution.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { writeFileSync } from 'node:fs';
import { Builder, By, Key } from 'selenium-webdriver';

const DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const XVFB = process.env.XVFB ?? '/usr/bin/Xvfb';

/** A free TCP port on the loopback interface. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A free X display number: Xvfb picks one and prints it (`-displayfd`). */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(XVFB, ['-displayfd', '1', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
    xvfb.once('error', reject);
    xvfb.stdout.once('data', (data) => resolve({ process: xvfb, display: `:${String(data).trim()}` }));
  });
}

async function waitForDriver(url) {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok) return;
    } catch { /* not up yet */ }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url}`);
}

/** Starts a virtual display on a free display number; `close()` stops it and every driver. */
export async function launchWebKit() {
  const xvfb = await startXvfb();
  const contexts = new Set();
  return {
    async newContext(options = {}) {
      const context = await newContext(xvfb.display, options);
      contexts.add(context);
      context.onClose = () => contexts.delete(context);
      return context;
    },
    version: () => 'WebKitGTK',
    async close() {
      for (const context of [...contexts]) await context.close().catch(() => {});
      xvfb.process.kill();
    },
  };
}

async function newContext(display, { viewport = { width: 1280, height: 900 }, colorScheme = 'light', javaScriptEnabled = true, storage = true, jsc = {} } = {}) {
  const port = await freePort();
  // With its BBQ tier (its first WebAssembly compiler), WebKitGTK 2.50 traps now and then in
  // the app with "Out of bounds memory access", each time somewhere else; without it, not once
  // in the loads measured. The suites run WebKit without that tier (JSC_* variables reach its
  // engine), so that they test the page, not that fault. JSC_useBBQJIT=true in the environment,
  // or a context's `jsc` options ({ useBBQJIT: true }), bring it back: a timing is measured in
  // WebKit as readers have it. webkit-trap.mjs counts the traps; the README gives the figures.
  const asked = Object.fromEntries(Object.entries(jsc).map(([name, value]) => [`JSC_${name}`, String(value)]));
  const env = { JSC_useBBQJIT: 'false', ...process.env, ...asked, DISPLAY: display };
  const server = spawn(DRIVER, [`--port=${port}`], { env, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  let driver;
  try {
    await waitForDriver(url);
    const args = ['--automation'];
    if (colorScheme === 'dark') args.push('--dark-mode');
    if (javaScriptEnabled === false) args.push('--enable-javascript=false');
    if (storage === false) args.push('--enable-html5-local-storage=false');
    const capabilities = { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { args } };
    driver = await new Builder().usingServer(url).withCapabilities(capabilities).build();
  } catch (error) {
    server.kill();
    throw error;
  }
  const page = new Page(driver, viewport);
  await page.setViewportSize(viewport);
  let closed = false;
  const context = {
    onClose: null,
    // Only one page per context: a second newPage() shares the session's window.
    async newPage() { return page; },
    async addInitScript() { throw new Error('WebKit over WebDriver cannot run a script before the page\'s own'); },
    async grantPermissions() {},
    async setOffline() { /* The test machine has no network; requests to other hosts are still caught. */ },
    async close() {
      if (closed) return;
      closed = true;
      context.onClose?.();
      await driver.quit().catch(() => {});
      server.kill();
    },
  };
  page.contextHandle = context;
  return context;
}

/** Installed after each load: keeps console errors and warnings and uncaught errors. */
const RECORDER = `
  if (!window.__twRecorder) {
    window.__twRecorder = [];
    for (const type of ['error', 'warn']) {
      const original = console[type].bind(console);
      console[type] = (...args) => { window.__twRecorder.push({ kind: 'console', type: type === 'warn' ? 'warning' : 'error', text: args.map(String).join(' ') }); original(...args); };
    }
    // The stack goes with the message: a trap inside the WebAssembly names only the JS glue that
    // called in, and the stack's wasm-function[N] lines say where it happened.
    addEventListener('error', (e) => window.__twRecorder.push({ kind: 'pageerror', text: String(e.message || e.error) + (e.error?.stack ? '\\n' + e.error.stack : '') }));
    addEventListener('unhandledrejection', (e) => window.__twRecorder.push({ kind: 'pageerror', text: String(e.reason) }));
    window.__twSeen = 0;
  }
  const events = window.__twRecorder.splice(0);
  const entries = performance.getEntriesByType('resource');
  for (const entry of entries.slice(window.__twSeen)) {
    events.push({ kind: 'request', url: entry.name });
    if (entry.responseStatus >= 400) events.push({ kind: 'response', url: entry.name, status: entry.responseStatus });
  }
  window.__twSeen = entries.length;
  return { events, href: location.href, frames: [...document.querySelectorAll('iframe')].map((f) => f.src) };
`;

/** Playwright's key names as WebDriver keys. */
function keyOf(name) {
  const keys = { Tab: Key.TAB, Enter: Key.ENTER, Escape: Key.ESCAPE, ArrowLeft: Key.ARROW_LEFT, ArrowRight: Key.ARROW_RIGHT, ArrowUp: Key.ARROW_UP, ArrowDown: Key.ARROW_DOWN, Space: Key.SPACE, Shift: Key.SHIFT, Control: Key.CONTROL, Alt: Key.ALT, Meta: Key.META, Backspace: Key.BACK_SPACE };
  return keys[name] ?? name;
}

/**
 * A script's body: whether the first element matching `arguments[0]` is visible. As Playwright
 * has it, an element without a box of its own (display: contents) is visible when one of its
 * children is; WebKit's checkVisibility() is false for such an element.
 */
const VISIBLE = `
  const shown = (e) => (getComputedStyle(e).display === 'contents' ? [...e.children].some(shown) : e.checkVisibility());
  const el = document.querySelector(arguments[0]);
  return !!el && shown(el);`;

/** A function (with its argument) or a script body, as WebDriver runs it. */
function script(fn) {
  return typeof fn === 'function' ? `return (${fn}).apply(null, arguments)` : fn;
}

/**
 * Scrolls an element to the middle of the viewport, at once (readers get smooth scrolling), and
 * again until it stays put: sections below the fold take their real size only once shown
 * (content-visibility: auto), which moves what follows them.
 */
const SCROLL_INTO_VIEW = `return (async (el) => {
  let last = '';
  for (let i = 0; i < 10; i++) {
    el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const r = el.getBoundingClientRect();
    const now = [Math.round(r.x), Math.round(r.y)].join();
    if (now === last) return null;
    last = now;
  }
  return null;
})(arguments[0])`;

class Page {
  constructor(driver, viewport) {
    this.driver = driver;
    this.viewport = viewport;
    this.handlers = { console: [], pageerror: [], request: [], requestfailed: [], response: [] };
    this.currentUrl = 'about:blank';
    this.keyboard = {
      press: async (combo) => this.step(async () => {
        const parts = combo.split('+').map(keyOf);
        const key = parts.pop();
        let actions = this.driver.actions({ async: true });
        for (const modifier of parts) actions = actions.keyDown(modifier);
        actions = actions.keyDown(key).keyUp(key);
        for (const modifier of parts.reverse()) actions = actions.keyUp(modifier);
        await actions.perform();
        await this.settle();
      }),
      type: async (text) => this.step(async () => {
        await this.driver.actions({ async: true }).sendKeys(text).perform();
        await this.settle();
      }),
    };
  }

  context() { return this.contextHandle; }

  on(event, handler) { this.handlers[event]?.push(handler); }

  /**
   * Runs a script in this page (a frame runs it in its own document). WebKitWebDriver now and
   * then answers a script with "Could not parse script result" when the page is busy; the
   * scripts the tests run read the page or do what is safe to do twice, so that answer is
   * retried a few times before it counts as a failure.
   */
  async exec(source, ...args) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.driver.executeScript(source, ...args);
      } catch (error) {
        if (attempt >= 3 || !String(error?.message).includes('Could not parse script result')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  /** The element for a selector in this page's document, for WebDriver's element commands. */
  find(selector) { return this.driver.findElement(By.css(selector)); }

  /** Runs a step, then hands what the page recorded to the listeners. */
  async step(action) {
    const result = await action();
    await this.drain();
    return result;
  }

  /**
   * After input: WebDriver's actions return once the events are queued, Playwright's once they
   * are handled. Waiting a frame lets the page handle them and render, as after a Playwright key.
   */
  async settle() {
    await this.exec('return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))').catch(() => {});
  }

  async drain() {
    let recorded;
    try {
      recorded = await this.driver.executeScript(RECORDER);
    } catch { return; }
    // Playwright's page.url() is the address now, which the app rewrites as the view changes.
    this.currentUrl = recorded?.href ?? this.currentUrl;
    this.iframeSources = recorded?.frames ?? this.iframeSources;
    for (const e of recorded?.events ?? []) {
      if (e.kind === 'console') this.handlers.console.forEach((h) => h({ type: () => e.type, text: () => e.text }));
      if (e.kind === 'pageerror') this.handlers.pageerror.forEach((h) => h(new Error(e.text)));
      if (e.kind === 'request') this.handlers.request.forEach((h) => h({ url: () => e.url }));
      if (e.kind === 'response') this.handlers.response.forEach((h) => h({ status: () => e.status, url: () => e.url }));
    }
  }

  async setViewportSize({ width, height }) {
    this.viewport = { width, height };
    // The window has a title bar of its own: size it so the page gets exactly the viewport.
    await this.driver.manage().window().setRect({ width, height });
    const [innerWidth, innerHeight] = await this.driver.executeScript('return [innerWidth, innerHeight]');
    await this.driver.manage().window().setRect({ width: width + (width - innerWidth), height: height + (height - innerHeight) });
  }

  viewportSize() { return this.viewport; }

  /**
   * `waitUntil: 'domcontentloaded'` returns once the document is parsed, before its
   * subresources have loaded (WebDriver's own navigation waits for the load event, which a
   * held file would keep from coming): the page is left by script and the new one awaited.
   */
  async goto(url, { waitUntil = 'load' } = {}) {
    this.currentUrl = url;
    if (waitUntil === 'domcontentloaded') {
      await this.exec('window.twoWordsLeaving = true; location.href = arguments[0]', url);
      await this.waitForFunction(() => !window.twoWordsLeaving && document.readyState !== 'loading');
    } else {
      await this.driver.get(url);
    }
    await this.drain();
  }

  async reload() { await this.step(() => this.driver.navigate().refresh()); }

  url() { return this.currentUrl; }

  /** Like Playwright's, with any number of arguments (WebDriver passes them all). */
  async evaluate(fn, ...args) {
    return this.step(() => this.exec(script(fn), ...args));
  }

  async $$eval(selector, fn, arg) {
    return this.evaluate(`return (${fn})([...document.querySelectorAll(arguments[0])], arguments[1])`, selector, arg);
  }

  async waitForSelector(selector, { state = 'visible', timeout = 30000 } = {}) {
    const test = {
      attached: 'return !!document.querySelector(arguments[0])',
      detached: 'return !document.querySelector(arguments[0])',
      visible: VISIBLE,
      hidden: `return !(function () { ${VISIBLE} }).apply(null, arguments)`,
    }[state];
    await this.waitForFunction(test, selector, { timeout });
  }

  async waitForFunction(fn, arg, { timeout = 30000 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.exec(script(fn), arg).catch(() => false);
      if (value) { await this.drain(); return value; }
      if (Date.now() > deadline) throw new Error(`waitForFunction timed out: ${String(fn).slice(0, 120)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async waitForTimeout(ms) { await new Promise((resolve) => setTimeout(resolve, ms)); }

  locator(selector) { return new Locator(this, selector); }

  async $(selector) {
    const found = await this.evaluate((sel) => !!document.querySelector(sel), selector);
    return found ? this.locator(selector) : null;
  }

  async $eval(selector, fn, arg) {
    return this.evaluate(`const el = document.querySelector(arguments[0]); if (!el) throw new Error('no element ' + arguments[0]); return (${fn})(el, arguments[1])`, selector, arg);
  }

  async click(selector, options) { return this.locator(selector).click(options); }
  async focus(selector) { return this.locator(selector).focus(); }

  /** Replaces the document, as Playwright's setContent does (scripts in it run). */
  async setContent(html) {
    await this.goto('about:blank');
    await this.evaluate((markup) => { document.open(); document.write(markup); document.close(); }, html);
    await this.waitForFunction(() => document.readyState === 'complete');
  }

  /** A frame of this page, by the selector of its iframe element. */
  frameLocator(selector) { return new Frame(this, selector); }

  /** The frames of the page: this page first, then one per iframe, in document order. */
  frames() {
    return [this, ...(this.iframeSources ?? []).map((_, i) => new Frame(this, `iframe >> nth=${i}`))];
  }

  /** The frame whose address matches `url` (a RegExp), or null. */
  frame({ url }) {
    const index = (this.iframeSources ?? []).findIndex((src) => url.test(src));
    return index < 0 ? null : new Frame(this, `iframe >> nth=${index}`);
  }
  async textContent(selector) { return this.locator(selector).textContent(); }
  async getAttribute(selector, name) { return this.locator(selector).getAttribute(name); }
  async inputValue(selector) { return this.evaluate((sel) => document.querySelector(sel).value, selector); }

  async screenshot({ path, fullPage = false } = {}) {
    // WebKitGTK captures the last frame it painted: let it paint what the DOM now says.
    await this.driver.executeScript('return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 250))))');
    const data = fullPage
      ? await this.driver.findElement(By.css('html')).takeScreenshot()
      : await this.driver.takeScreenshot();
    const buffer = Buffer.from(data, 'base64');
    if (path) writeFileSync(path, buffer);
    return buffer;
  }
}

class Locator {
  constructor(page, selector) {
    this.page = page;
    this.selector = selector;
  }

  async count() { return this.page.evaluate((sel) => document.querySelectorAll(sel).length, this.selector); }

  async isVisible() { return this.page.evaluate(VISIBLE, this.selector); }

  locator(inner) { return new Locator(this.page, `${this.selector} ${inner}`); }

  /**
   * The text assistive technology is given, one line per element: what is hidden from it
   * (`hidden`, `aria-hidden`, `display: none`, `visibility: hidden`, `inert`) is left out.
   * WebDriver offers no accessibility tree; this reads the same rules from the DOM, as
   * Playwright's own snapshot does.
   */
  async ariaSnapshot() {
    return this.page.evaluate((sel) => {
      const lines = [];
      const walk = (node) => {
        if (node.nodeType === Node.TEXT_NODE) {
          if (node.textContent.trim()) lines.push(node.textContent.trim());
          return;
        }
        if (node.nodeType !== Node.ELEMENT_NODE) return;
        const style = getComputedStyle(node);
        if (node.hidden || node.getAttribute('aria-hidden') === 'true' || node.inert
          || style.display === 'none' || style.visibility === 'hidden') return;
        for (const child of node.childNodes) walk(child);
      };
      walk(document.querySelector(sel));
      return lines.join('\n');
    }, this.selector);
  }

  async isDisabled() { return this.page.evaluate((sel) => document.querySelector(sel).disabled, this.selector); }

  async textContent() { return this.page.evaluate((sel) => document.querySelector(sel)?.textContent ?? null, this.selector); }

  async allTextContents() { return this.page.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent), this.selector); }

  async getAttribute(name) { return this.page.evaluate((sel, n) => document.querySelector(sel)?.getAttribute(n) ?? null, this.selector, name); }

  async evaluateAll(fn, arg) { return this.page.$$eval(this.selector, fn, arg); }

  /** `fn(element, arg)` on the first match, as an element handle's evaluate does. */
  async evaluate(fn, arg) { return this.page.$eval(this.selector, fn, arg); }

  async boundingBox() {
    return this.page.evaluate((sel) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }, this.selector);
  }

  async waitFor({ state = 'visible', timeout } = {}) { await this.page.waitForSelector(this.selector, { state, timeout }); }

  /**
   * Like Playwright: wait until the element is visible and takes input (not disabled, not inside
   * an inert subtree, as the prerendered controls are until the app starts), scroll it into
   * view, then click it.
   */
  async click({ force = false, timeout } = {}) {
    await this.page.waitForFunction(([sel, forced]) => {
      const el = document.querySelector(sel);
      return !!el && el.checkVisibility() && (forced || (!el.disabled && !el.closest('[inert]')));
    }, [this.selector, force], { timeout });
    await this.page.step(async () => {
      const el = await this.page.find(this.selector);
      await this.page.exec(SCROLL_INTO_VIEW, el);
      // A pointer click at the element's centre, as Playwright clicks (WebKit's element click
      // refuses some elements a reader can click, such as <summary>).
      await this.page.driver.actions({ async: true }).move({ origin: el }).click().perform();
      await this.page.settle();
    });
  }

  async focus() { await this.page.evaluate((sel) => document.querySelector(sel).focus(), this.selector); }
}

/**
 * A frame: the same operations as a page, each run inside the iframe found by `selector` (a CSS
 * selector, or `iframe >> nth=N` for the Nth iframe), switching back to the page after each.
 */
class Frame extends Page {
  constructor(page, selector) {
    super(page.driver, page.viewport);
    this.parentPage = page;
    this.frameSelector = selector;
    this.handlers = page.handlers;
  }

  /** The iframe element, in the page's document. */
  async frameElement() {
    await this.driver.switchTo().defaultContent();
    const nth = /^iframe >> nth=(\d+)$/.exec(this.frameSelector);
    return nth
      ? (await this.driver.findElements(By.css('iframe')))[Number(nth[1])]
      : this.driver.findElement(By.css(this.frameSelector));
  }

  async within(action) {
    const driver = this.driver;
    const element = await this.frameElement();
    await driver.switchTo().frame(element);
    try {
      return await action();
    } finally {
      await driver.switchTo().defaultContent();
    }
  }

  exec(source, ...args) { return this.within(() => this.driver.executeScript(source, ...args)); }

  // Element commands need the frame selected while they run, so a frame's click runs whole
  // inside it.
  async click(selector) {
    await this.waitForFunction((sel) => {
      const el = document.querySelector(sel);
      return !!el && el.checkVisibility() && !el.disabled && !el.closest('[inert]');
    }, selector);
    // The element in the middle of the frame's viewport, then the frame's spot for it in the
    // middle of the page's: a frame sized to its content (embed.js) does not scroll itself.
    const spot = await this.within(async () => {
      const el = await this.driver.findElement(By.css(selector));
      await this.driver.executeScript(SCROLL_INTO_VIEW, el);
      return this.driver.executeScript('const r = arguments[0].getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2];', el);
    });
    const frame = await this.frameElement();
    await this.driver.executeScript(`
      const r = arguments[0].getBoundingClientRect();
      scrollBy({ left: r.x + arguments[1] - innerWidth / 2, top: r.y + arguments[2] - innerHeight / 2, behavior: 'instant' });
    `, frame, spot[0], spot[1]);
    await this.within(async () => {
      const el = await this.driver.findElement(By.css(selector));
      await this.driver.actions({ async: true }).move({ origin: el }).click().perform();
    });
    await this.settle();
    await this.parentPage.drain();
  }

  // Problems are read from the page around the frame.
  async drain() { await this.parentPage.drain(); }

  locator(selector) { return new FrameLocator(this, selector); }
}

/** A locator inside a frame: clicks go through the frame. */
class FrameLocator extends Locator {
  async click() { await this.page.click(this.selector); }
}
