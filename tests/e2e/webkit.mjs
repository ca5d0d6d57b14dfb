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

async function newContext(display, { viewport = { width: 1280, height: 900 }, colorScheme = 'light', javaScriptEnabled = true } = {}) {
  const port = await freePort();
  const server = spawn(DRIVER, [`--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  let driver;
  try {
    await waitForDriver(url);
    const args = ['--automation'];
    if (colorScheme === 'dark') args.push('--dark-mode');
    if (javaScriptEnabled === false) args.push('--enable-javascript=false');
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
    addEventListener('error', (e) => window.__twRecorder.push({ kind: 'pageerror', text: String(e.message || e.error) }));
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
  return { events, href: location.href };
`;

/** Playwright's key names as WebDriver keys. */
function keyOf(name) {
  const keys = { Tab: Key.TAB, Enter: Key.ENTER, Escape: Key.ESCAPE, ArrowLeft: Key.ARROW_LEFT, ArrowRight: Key.ARROW_RIGHT, ArrowUp: Key.ARROW_UP, ArrowDown: Key.ARROW_DOWN, Space: Key.SPACE, Shift: Key.SHIFT, Control: Key.CONTROL, Alt: Key.ALT, Meta: Key.META, Backspace: Key.BACK_SPACE };
  return keys[name] ?? name;
}

/** A function (with its argument) or a script body, as WebDriver runs it. */
function script(fn) {
  return typeof fn === 'function' ? `return (${fn}).apply(null, arguments)` : fn;
}

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
      }),
      type: async (text) => this.step(() => this.driver.actions({ async: true }).sendKeys(text).perform()),
    };
  }

  context() { return this.contextHandle; }

  on(event, handler) { this.handlers[event]?.push(handler); }

  /** Runs a step, then hands what the page recorded to the listeners. */
  async step(action) {
    const result = await action();
    await this.drain();
    return result;
  }

  async drain() {
    let recorded;
    try {
      recorded = await this.driver.executeScript(RECORDER);
    } catch { return; }
    // Playwright's page.url() is the address now, which the app rewrites as the view changes.
    this.currentUrl = recorded?.href ?? this.currentUrl;
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

  async goto(url) {
    this.currentUrl = url;
    await this.driver.get(url);
    await this.drain();
  }

  async reload() { await this.step(() => this.driver.navigate().refresh()); }

  url() { return this.currentUrl; }

  /** Like Playwright's, with any number of arguments (WebDriver passes them all). */
  async evaluate(fn, ...args) {
    return this.step(() => this.driver.executeScript(script(fn), ...args));
  }

  async $$eval(selector, fn, arg) {
    return this.evaluate(`return (${fn})([...document.querySelectorAll(arguments[0])], arguments[1])`, selector, arg);
  }

  async waitForSelector(selector, { state = 'visible', timeout = 30000 } = {}) {
    await this.waitForFunction(([sel, st]) => {
      const el = document.querySelector(sel);
      if (st === 'attached') return !!el;
      if (st === 'detached') return !el;
      const visible = !!el && el.checkVisibility();
      return st === 'hidden' ? !visible : visible;
    }, [selector, state], { timeout });
  }

  async waitForFunction(fn, arg, { timeout = 30000 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.driver.executeScript(script(fn), arg).catch(() => false);
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

  async click(selector) { return this.locator(selector).click(); }
  async focus(selector) { return this.evaluate((sel) => document.querySelector(sel).focus(), selector); }
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

  async isVisible() {
    return this.page.evaluate((sel) => {
      const el = document.querySelector(sel);
      return !!el && el.checkVisibility();
    }, this.selector);
  }

  async isDisabled() { return this.page.evaluate((sel) => document.querySelector(sel).disabled, this.selector); }

  async textContent() { return this.page.evaluate((sel) => document.querySelector(sel)?.textContent ?? null, this.selector); }

  async allTextContents() { return this.page.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent), this.selector); }

  async getAttribute(name) { return this.page.evaluate((sel, n) => document.querySelector(sel)?.getAttribute(n) ?? null, this.selector, name); }

  async evaluateAll(fn, arg) { return this.page.$$eval(this.selector, fn, arg); }

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
  async click() {
    await this.page.waitForFunction((sel) => {
      const el = document.querySelector(sel);
      return !!el && el.checkVisibility() && !el.disabled && !el.closest('[inert]');
    }, this.selector);
    await this.page.step(async () => {
      const el = await this.page.driver.findElement(By.css(this.selector));
      // At once: the page scrolls smoothly for readers, and a click must land where it aims.
      await this.page.driver.executeScript('arguments[0].scrollIntoView({ block: "center", inline: "center", behavior: "instant" })', el);
      await el.click();
    });
  }
}
