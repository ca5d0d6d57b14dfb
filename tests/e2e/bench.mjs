// `cargo xtask bench`: the release app against a plain static page of the same prerendered
// content, in headless Chromium on 127.0.0.1. Prints a table, writes target/bench.json, and
// exits non-zero when a budget is broken. Medians over BENCH_RUNS page loads (default 7):
// these machines are noisy.
//
// Run: cargo xtask bench   (or, after cargo xtask dist: node tests/e2e/bench.mjs dist)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';
import { sizes } from './size.mjs';
import { medianLighthouse } from './lighthouse.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const DIST = process.argv[2] ?? join(here, '../../dist');
const OUT = join(here, '../../target/bench.json');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TOGGLES = Number(process.env.BENCH_TOGGLES ?? 200);
const TOGGLE_BATCHES = Number(process.env.BENCH_TOGGLE_BATCHES ?? 5);

/**
 * The floor under the size budget, when `cargo xtask bench` built it: the smallest hydrating Yew
 * app (bench/yew-floor), its glue and WebAssembly, in a folder of their own.
 */
const FLOOR = process.env.BENCH_FLOOR;

const BUDGET = { totalGzip: 125_000, totalBrotli: 100_000, fcpRatio: 1.2, lcpRatio: 1.2, lighthouse: 98, toggleP95: 16, cls: 0.01 };
/** Chrome's CPU slowdown for a low-end phone or a classroom Chromebook. */
const SLOW_CPU = 4;

/**
 * The plain hand-written page of the same core job, the toggles' baseline: the same prerendered
 * page without the app, whose script on each click sets the verdict's attributes and headline
 * from a table, as a page without a framework would.
 */
function handWritten() {
  const headlines = {
    microsoft: document.querySelector('tr[data-config="memory=off&tools=off&model=aws-direct&terms=2025"] td[data-verdict]')?.textContent ?? '',
    'amazon-openai': document.querySelector('tr[data-config="memory=on&tools=on&model=aws-runtime&terms=2025"] td[data-verdict]')?.textContent ?? '',
  };
  const verdict = document.querySelector('#verdict');
  for (const input of document.querySelectorAll('input[name="model"]')) input.disabled = false;
  document.querySelector('.controls-panel')?.removeAttribute('inert');
  document.addEventListener('change', (event) => {
    const key = event.target.value === 'aws-direct' ? 'microsoft' : 'amazon-openai';
    verdict.dataset.verdict = key;
    verdict.className = `verdict verdict-${key}`;
    verdict.querySelector('.verdict-headline').textContent = headlines[key];
  });
}

/** The same prerendered page with every script and preload taken out. */
function staticPage() {
  return readFileSync(join(DIST, 'index.html'), 'utf8')
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<link[^>]+rel="?(modulepreload|preload)"?[^>]*>/g, '')
    .replace(/<noscript>[\s\S]*?<\/noscript>/, '');
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};

// Installed before any page script: records layout shifts and when the controls respond.
function instrument() {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const check = () => {
    const panel = document.querySelector('.controls-panel');
    if (panel && !panel.hasAttribute('inert')) window.__ready = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function measureLoad(browser, url, waitReady) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (waitReady) await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 30_000 });
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  const result = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    ready: window.__ready ?? NaN,
    cls: window.__cls,
  }));
  await context.close();
  return { ...result, heap };
}

/**
 * Work per toggle: from the click until the DOM is final and laid out, for `count` clicks, at a
 * CPU slowdown of `rate` (1: none). `plain` measures the hand-written page instead of the app.
 */
async function measureToggles(browser, url, count, { rate = 1, plain = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  if (plain) await page.evaluate(handWritten);
  else await page.waitForFunction(() => !document.querySelector('.controls-panel[inert]'));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const times = await page.evaluate(async (n) => {
    const out = [];
    for (let i = 0; i < n; i++) {
      // aws-runtime and aws-direct flip the verdict (Amazon/OpenAI vs Microsoft) every time.
      const model = i % 2 === 0 ? 'aws-direct' : 'aws-runtime';
      const expected = i % 2 === 0 ? 'microsoft' : 'amazon-openai';
      const input = document.querySelector(`input[name="model"][value="${model}"]`);
      const t0 = performance.now();
      input.click();
      while (document.querySelector('#verdict').dataset.verdict !== expected) await Promise.resolve();
      document.body.getBoundingClientRect();
      document.documentElement.offsetHeight;
      out.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return out;
  }, count);
  await context.close();
  return times;
}

/** The median over fresh pages of each batch's p50 and p95. */
async function toggleWork(browser, url, options) {
  const batches = [];
  for (let i = 0; i < TOGGLE_BATCHES; i++) batches.push(await measureToggles(browser, url, TOGGLES, options));
  return {
    p50: median(batches.map((b) => median(b))),
    p95: median(batches.map((b) => percentile(b, 95))),
    p95PerBatch: batches.map((b) => percentile(b, 95)),
    toggles: batches.flat().length,
  };
}

const server = await serve(DIST, { pages: { '/static.html': staticPage() } });
const browser = await launch();
try {
  const runs = { app: [], static: [] };
  for (let i = 0; i < RUNS; i++) {
    runs.static.push(await measureLoad(browser, `${server.url}static.html`, false));
    runs.app.push(await measureLoad(browser, server.url, true));
  }
  // Toggle work in several fresh pages, the app and the hand-written page in turn, at full speed
  // and at the slow CPU.
  const toggles = {};
  for (const rate of [1, SLOW_CPU]) {
    toggles[`plain${rate}x`] = await toggleWork(browser, `${server.url}static.html?preset=sre`, { rate, plain: true });
    toggles[`app${rate}x`] = await toggleWork(browser, `${server.url}?preset=sre`, { rate });
  }
  // Lighthouse's mobile settings, the app and the static page in turn, medians of three.
  const lh = await medianLighthouse([server.url, `${server.url}static.html`], { runs: 3, categories: ['performance'] });
  const [lhApp, lhStatic] = lh.results;
  const bytes = sizes(DIST);
  const floor = FLOOR ? sizes(FLOOR) : null;
  const staticBytes = Buffer.byteLength(staticPage());
  const staticGzip = gzipSync(staticPage(), { level: 9 }).length;
  const summarise = (list) => ({
    fcpMs: median(list.map((r) => r.fcp)),
    readyMs: median(list.map((r) => r.ready)),
    cls: Math.max(...list.map((r) => r.cls)),
    heapBytes: median(list.map((r) => r.heap)),
  });
  const app = summarise(runs.app);
  const plain = summarise(runs.static);
  const report = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()}`,
    runs: RUNS,
    bytes,
    staticPageBytes: staticBytes,
    staticPageGzip: staticGzip,
    app,
    toggles,
    toggleBatches: TOGGLE_BATCHES,
    lighthouse: {
      cpuSlowdownMultiplier: lh.cpuSlowdownMultiplier,
      app: { performance: lhApp.scores.performance, fcpMs: lhApp.fcpMs, lcpMs: lhApp.lcpMs, runs: lhApp.all },
      static: { performance: lhStatic.scores.performance, fcpMs: lhStatic.fcpMs, lcpMs: lhStatic.lcpMs, runs: lhStatic.all },
    },
    static: plain,
    yewFloor: floor?.total ?? null,
    budget: BUDGET,
  };
  const broken = [];
  if (bytes.total.gzip > BUDGET.totalGzip) broken.push(`total ${bytes.total.gzip} B gzip > ${BUDGET.totalGzip}`);
  if (!(app.fcpMs <= BUDGET.fcpRatio * plain.fcpMs)) broken.push(`FCP ${app.fcpMs.toFixed(1)} ms > ${BUDGET.fcpRatio} × static ${plain.fcpMs.toFixed(1)} ms`);
  if (bytes.total.brotli > BUDGET.totalBrotli) broken.push(`total ${bytes.total.brotli} B brotli > ${BUDGET.totalBrotli}`);
  for (const rate of [1, SLOW_CPU]) {
    const p95 = toggles[`app${rate}x`].p95;
    if (!(p95 <= BUDGET.toggleP95)) broken.push(`toggle p95 at ${rate}× CPU ${p95.toFixed(2)} ms > ${BUDGET.toggleP95} ms`);
  }
  if (!(lhApp.lcpMs <= BUDGET.lcpRatio * lhStatic.lcpMs)) broken.push(`Lighthouse LCP ${lhApp.lcpMs.toFixed(0)} ms > ${BUDGET.lcpRatio} × static ${lhStatic.lcpMs.toFixed(0)} ms`);
  if (!(lhApp.scores.performance >= BUDGET.lighthouse)) broken.push(`Lighthouse performance ${lhApp.scores.performance} < ${BUDGET.lighthouse}`);
  if (!(app.cls <= BUDGET.cls)) broken.push(`CLS ${app.cls} > ${BUDGET.cls}`);
  report.broken = broken;
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(report, null, 2));

  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : 'n/a');
  console.log(`\nTwo Words benchmark, ${report.date} on ${report.machine}; medians of ${RUNS} loads\n`);
  console.log('| file | raw | gzip | brotli |\n|---|---|---|---|');
  for (const f of bytes.files.filter((f) => f.shipped)) console.log(`| ${f.name} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
  console.log(`| **total** | ${kb(bytes.total.raw)} | ${kb(bytes.total.gzip)} | ${kb(bytes.total.brotli)} |\n`);
  console.log('| measure | app | static page | budget |\n|---|---|---|---|');
  const cssGzip = bytes.files.filter((f) => f.shipped && f.name.endsWith('.css')).reduce((sum, f) => sum + f.gzip, 0);
  console.log(`| bytes (HTML+JS+wasm+CSS, gzip) | ${kb(bytes.total.gzip)} | ${kb(staticGzip + cssGzip)} | ≤ ${kb(BUDGET.totalGzip)} |`);
  console.log(`| bytes (HTML+JS+wasm+CSS, brotli) | ${kb(bytes.total.brotli)} | | ≤ ${kb(BUDGET.totalBrotli)} |`);
  if (floor) {
    // What any Yew app of this shape ships, and what the page costs without the app's own
    // glue and WebAssembly: between them, what the budget leaves for the explainer's code.
    const app = (key) => bytes.files.filter((f) => f.shipped && /^two-words-.*\.(js|wasm)$/.test(f.name)).reduce((sum, f) => sum + f[key], 0);
    const page = (key) => bytes.total[key] - app(key);
    console.log(`| of which the app's glue and wasm | ${kb(app('gzip'))} gzip, ${kb(app('brotli'))} brotli | | |`);
    console.log(`| Yew's floor: glue and wasm of the smallest hydrating Yew app | ${kb(floor.total.gzip)} gzip, ${kb(floor.total.brotli)} brotli | | |`);
    console.log(`| left for the explainer's own code and words under the budget | ${kb(BUDGET.totalGzip - page('gzip') - floor.total.gzip)} gzip, ${kb(BUDGET.totalBrotli - page('brotli') - floor.total.brotli)} brotli | | now ${kb(app('gzip') - floor.total.gzip)} gzip, ${kb(app('brotli') - floor.total.brotli)} brotli |`);
  }
  console.log(`| first contentful paint | ${ms(app.fcpMs)} | ${ms(plain.fcpMs)} | ≤ ${BUDGET.fcpRatio} × static |`);
  console.log(`| Lighthouse (mobile, CPU ${lh.cpuSlowdownMultiplier}×): performance | ${lhApp.scores.performance} | ${lhStatic.scores.performance} | ≥ ${BUDGET.lighthouse} |`);
  console.log(`| Lighthouse: first / largest contentful paint | ${ms(lhApp.fcpMs)} / ${ms(lhApp.lcpMs)} | ${ms(lhStatic.fcpMs)} / ${ms(lhStatic.lcpMs)} | LCP ≤ ${BUDGET.lcpRatio} × static |`);
  console.log(`| controls respond | ${ms(app.readyMs)} | never (no script) | |`);
  for (const rate of [1, SLOW_CPU]) {
    const [a, p] = [toggles[`app${rate}x`], toggles[`plain${rate}x`]];
    console.log(`| work per toggle at ${rate}× CPU, p50 / p95 (median of ${TOGGLE_BATCHES} × ${TOGGLES}) | ${ms(a.p50)} / ${ms(a.p95)} | ${ms(p.p50)} / ${ms(p.p95)} (by hand) | p95 ≤ ${BUDGET.toggleP95} ms |`);
  }
  console.log(`| cumulative layout shift (worst run) | ${app.cls.toFixed(4)} | ${plain.cls.toFixed(4)} | ≤ ${BUDGET.cls} |`);
  console.log(`| JS heap used | ${kb(app.heapBytes)} | ${kb(plain.heapBytes)} | |`);
  console.log(`\nWritten to ${OUT}`);
  if (broken.length) {
    console.error(`\nBudgets broken:\n  - ${broken.join('\n  - ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nAll budgets hold.');
  }
} finally {
  await browser.close();
  server.close();
}
