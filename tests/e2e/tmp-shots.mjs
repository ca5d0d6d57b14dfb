import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
const srv = await serve(process.env.DIST ?? '/work/main/dist');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const sizes = [['present', 1280, 720, 'present=1'], ['n1366', 1366, 768, ''], ['n1280', 1280, 800, ''], ['n1024', 1024, 768, ''], ['p390', 390, 844, ''], ['p360', 360, 740, '']];
const views = (process.env.VIEWS ?? 'memory=on&tools=on&model=aws-direct,model=aws-runtime&terms=2026').split(',');
for (const [name, w, h, q] of sizes) for (const [i, v] of views.entries()) {
  const p = await b.newPage({ viewport: { width: w, height: h } });
  await p.goto(srv.url + '?' + [q, v].filter(Boolean).join('&'));
  await p.waitForSelector('#verdict');
  await p.waitForTimeout(700);
  const r = await p.evaluate(() => {
    const box = (s) => { const e = document.querySelector(s); if (!e) return null; const r = e.getBoundingClientRect(); return Math.round(r.bottom); };
    const inputs = [...document.querySelectorAll('.choice')].map(e => Math.round(e.getBoundingClientRect().bottom));
    const bar = document.querySelector('.verdict-bar'); const bt = bar && getComputedStyle(bar).display !== 'none' ? Math.round(bar.getBoundingClientRect().top) : innerHeight;
    return { lastChoice: Math.max(...inputs), headline: box('.verdict-headline'), diagram: box('.diagram svg'), barTop: bt, fs: getComputedStyle(document.querySelector('.choice-label')).fontSize, H: innerHeight, sw: document.documentElement.scrollWidth };
  });
  const ok = r.lastChoice <= r.barTop && (w < 880 || (r.headline <= r.H && (w < 1024 || r.diagram <= r.H)));
  console.log(name, i, ok ? 'FITS' : 'NO', JSON.stringify(r));
  await p.screenshot({ path: `/tmp/shots/${name}-${i}.png` });
  await p.close();
}
await b.close(); srv.close?.(); process.exit(0);
