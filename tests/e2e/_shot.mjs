import { serve } from './server.mjs';
import { launch } from './browser.mjs';
const s = await serve('/work/main/dist'); const b = await launch();
const [q, w, h, scheme, out, scrollY, media] = process.argv.slice(2);
const ctx = await b.newContext({ viewport: { width: +w, height: +h }, colorScheme: scheme });
const p = await ctx.newPage(); await p.goto(s.url + q); await p.waitForTimeout(1500);
if (media) await p.emulateMedia({ media });
await p.evaluate((y) => window.scrollTo(0, y), +(scrollY||0));
await p.screenshot({ path: out }); await b.close(); s.close();
