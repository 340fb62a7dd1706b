// axe-core on every page type (no serious or critical violations), at phone and desktop
// widths, and screenshots for review in end2end/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { BASE, launch, newPage, axe } from './helpers.js';

let browser;
let eventUrl;
let venueUrl;
before(async () => {
  browser = await launch();
  const r = await (await fetch(`${BASE}/api/v1/events?per_page=1`)).json();
  eventUrl = r.items[0].url;
  venueUrl = `/venues/${r.items[0].venue.id}`;
});
after(async () => { await browser?.close(); });

const pages = () => [
  ['home', '/'],
  ['results', '/events?q=concert&near=Groningen&radius_km=25'],
  ['event', eventUrl],
  ['venue', venueUrl],
  ['venues', '/venues'],
  ['networks', '/networks'],
  ['projects', '/projects'],
  ['open-data', '/open-data'],
  ['not-found', '/no-such-page'],
];

for (const width of [360, 1280]) {
  test(`axe: every page type at ${width}px`, async () => {
    mkdirSync('screenshots', { recursive: true });
    const { ctx, page, errors } = await newPage(browser, { js: true, width });
    const problems = [];
    for (const [name, path] of pages()) {
      await page.goto(`${BASE}${path}`);
      await page.waitForLoadState('load');
      await page.screenshot({ path: `screenshots/${name}-${width}.png`, fullPage: true });
      const v = await axe(page);
      for (const x of v) problems.push(`${name}: ${x.id} (${x.impact}) ${x.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
      if (overflow) problems.push(`${name}: horizontal overflow at ${width}px`);
    }
    await ctx.close();
    // 404 pages log their status as a console error; nothing else may.
    problems.push(...errors.filter((e) => !e.includes('404')));
    assert.deepEqual(problems, []);
  });
}
