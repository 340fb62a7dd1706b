// Issue 6, end to end, with JavaScript off and on: a policymaker opens /coverage, picks film,
// and sees the map (one area per municipality, coloured from the legend) and the table; then
// runs a what-if (a film venue in Harlingen, where none is within 10 km) and sees Harlingen's
// residents within 10 km go up; the dashboard shows its charts with CSV links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, newPage, settle, axe } from './helpers.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const js of [false, true]) {
  const mode = js ? 'JS on' : 'JS off';

  test(`coverage: pick a discipline, the map and the table show (${mode})`, async () => {
    const { ctx, page, errors } = await newPage(browser, { js });
    await page.goto(`${BASE}/coverage`);
    await settle(page, js);
    assert.equal(await page.locator('.cov-map-svg svg path.area').count(), 40);
    if (js) {
      // Once hydrated, choosing a discipline shows it at once (no button); until the wasm has
      // hydrated the page a change does nothing, so choose again until it does.
      for (let i = 0; !page.url().includes('discipline=film'); i++) {
        assert.ok(i < 40, 'choosing a discipline shows it');
        await page.selectOption('#cov-discipline', 'heritage');
        await page.selectOption('#cov-discipline', 'film');
        await page.waitForTimeout(250);
      }
    } else {
      await page.selectOption('#cov-discipline', 'film');
      await Promise.all([page.waitForURL(/discipline=film/), page.click('.cov-form button[type=submit]')]);
    }
    await settle(page, js);
    await page.waitForFunction(() => document.querySelector('#cov-table-h')?.textContent.includes('Film'));
    const svg = page.locator('.cov-map-svg svg');
    assert.equal(await svg.getAttribute('role'), 'img');
    assert.match(await svg.locator('title').first().textContent(), /Film/);
    assert.equal(await svg.locator('path.area').count(), 40);
    const legend = await page.$$eval('.cov-legend li[data-fill]', (lis) => lis.map((li) => li.dataset.fill));
    const fills = await svg.locator('path.area').evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')));
    assert.ok(fills.every((f) => legend.includes(f)), `fills ${[...new Set(fills)]} in legend ${legend}`);
    assert.equal(await page.locator('#cov-table tbody tr').count(), 40);
    const harlingen = await page.locator('#cov-table tr[data-code=GM0072] td').allTextContents();
    assert.equal(harlingen[0], 'GM0072');
    assert.match(harlingen[2], /^\d+,\d$/, 'mean distance in km');
    assert.match(await page.locator('a[href*="/api/v1/coverage.csv?discipline=film&level=municipality"]').first().textContent(), /CSV/);
    assert.ok(await page.locator('.cov-white-spots table').count() >= 1, 'white spots');
    assert.match(await page.locator('.cov-compare-table').textContent(), /3,3/);
    if (js) {
      const violations = await axe(page);
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.length}`), []);
    }
    assert.deepEqual(errors, []);
    await ctx.close();
  });

  test(`coverage: a what-if adds a film venue in Harlingen (${mode})`, async () => {
    const { ctx, page, errors } = await newPage(browser, { js, width: 390 });
    await page.goto(`${BASE}/coverage/what-if`);
    await settle(page, js);
    // Hydration resets the form's checkboxes to their server state: fill it in afterwards.
    if (js) await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
    await page.selectOption('#wi-discipline', 'film');
    await page.fill('#wi-place', 'Harlingen');
    await page.uncheck('input[name=add_discipline][value=performing_arts]');
    await page.check('input[name=add_discipline][value=film]');
    await Promise.all([page.waitForURL(/place=Harlingen/), page.click('.cov-what-if-form button[type=submit]')]);
    await settle(page, js);
    await page.waitForSelector('.cov-what-if-table');
    const row = await page.locator('.cov-what-if-table tr[data-code=GM0072] td').allTextContents();
    // Province, residents, before, after, change.
    assert.equal(row[2], '0', `Harlingen before: ${row}`);
    assert.equal(row[3], row[1], 'after: every resident within 10 km');
    assert.match(row[4], /^\+/);
    assert.match(await page.locator('.cov-what-if-result [role=status]').textContent(), /\+/);
    assert.deepEqual(errors, []);
    await ctx.close();
  });
}

test('coverage: the dashboard has its charts and CSV downloads', async () => {
  const { ctx, page, errors } = await newPage(browser, { js: true });
  await page.goto(`${BASE}/coverage/dashboard`);
  await settle(page, true);
  assert.equal(await page.locator('.chart-svg svg[role=img]').count(), 5);
  for (const csv of ['events', 'languages', 'funding', 'education']) {
    assert.ok(await page.locator(`a[href="/coverage/dashboard/${csv}.csv"]`).count() >= 1, csv);
  }
  const res = await page.request.get(`${BASE}/coverage/dashboard/events.csv`);
  assert.equal(res.status(), 200);
  assert.match(await res.text(), /^month,province,municipality,municipality_code,discipline,events\r\n/);
  assert.deepEqual(errors, []);
  await ctx.close();
});
