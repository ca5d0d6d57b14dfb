// Lighthouse 12 on Debian's Chromium, as the quality suite and `cargo xtask bench` run it: mobile
// settings, simulated throttling, medians of several runs.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM } from './browser.mjs';

/**
 * Lighthouse's mobile CPU slowdown (4×) assumes a host of its reference speed, and warns when the
 * host's benchmark index is 1000 or less that the multiplier should be calibrated. Calibrated as
 * Chrome DevTools does: the host's index over that of a low-tier phone (264, a Moto G Power, the
 * phone Lighthouse's mobile settings emulate), never more than the default 4×.
 */
const LOW_TIER_PHONE_BENCHMARK_INDEX = 264;
const DEFAULT_CPU_SLOWDOWN = 4;

/**
 * Runs Lighthouse `runs` times on each of `urls` (in turn, so a noisy moment falls on both) and
 * returns, per URL, the run with the median performance score, its scores and its paints.
 */
export async function medianLighthouse(urls, { runs = 3, categories } = {}) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const probe = await lighthouse(urls[0], { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const benchmarkIndex = probe.lhr.environment.benchmarkIndex;
    const cpuSlowdownMultiplier = Math.round(10 * Math.min(DEFAULT_CPU_SLOWDOWN,
      Math.max(1, benchmarkIndex / LOW_TIER_PHONE_BENCHMARK_INDEX))) / 10;
    const results = urls.map(() => []);
    for (let i = 0; i < runs; i++) {
      for (const [u, url] of urls.entries()) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories },
          { extends: 'lighthouse:default', settings: { throttling: { ...probe.lhr.configSettings.throttling, cpuSlowdownMultiplier } } });
        results[u].push({
          report: result.report,
          scores: Object.fromEntries(Object.values(result.lhr.categories).map((c) => [c.id, Math.round(c.score * 100)])),
          fcpMs: result.lhr.audits['first-contentful-paint'].numericValue,
          lcpMs: result.lhr.audits['largest-contentful-paint'].numericValue,
        });
      }
    }
    return {
      benchmarkIndex,
      cpuSlowdownMultiplier,
      results: results.map((list) => {
        // The median run by performance, the one category that varies, is the one reported.
        const sorted = [...list].sort((a, b) => a.scores.performance - b.scores.performance);
        return { ...sorted[Math.floor(sorted.length / 2)], all: list.map((r) => r.scores) };
      }),
    };
  } finally {
    await chrome.kill();
  }
}
