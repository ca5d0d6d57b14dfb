// Headless Chromium from Debian, driven by playwright-core (which never downloads a browser),
// with a page that records console errors, page errors and requests to any other host.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** A new page at `width` × `height` in `colorScheme`, with its problems collected. */
export async function open(browser, url, { width = 1280, height = 900, colorScheme = 'light', reducedMotion = 'reduce', waitFor = '#verdict', init } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, reducedMotion });
  if (init) await context.addInitScript(init);
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
  await page.goto(url);
  await page.waitForSelector(waitFor, { state: 'attached' });
  return { page, context, problems };
}
