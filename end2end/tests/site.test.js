// End-to-end: search in Dutch and Frisian, switch language, search near a Frisian place name,
// open an event, download its .ics (parsed by ical.js), with JavaScript on and off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { BASE, launch, newPage } from './helpers.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function count(page) {
  const txt = await page.locator('.count').first().textContent();
  const m = txt.match(/(\d+)/);
  return m ? Number(m[1]) : 0;
}

for (const js of [true, false]) {
  const mode = js ? 'JS on' : 'JS off';

  test(`search in Dutch from the home page (${mode})`, async () => {
    const { ctx, page, errors } = await newPage(browser, { js });
    await page.goto(`${BASE}/`);
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    await page.fill('#q', 'film');
    await Promise.all([page.waitForURL(/\/events\?/), page.press('#q', 'Enter')]);
    await page.waitForSelector('.count');
    assert.ok((await count(page)) > 0, 'film finds events');
    assert.ok(await page.locator('.event-card').count() > 0);
    assert.deepEqual(errors.filter((e) => !e.includes('favicon')), [], 'no errors in the browser console');
    await ctx.close();
  });

  test(`search in Frisian with the Frisian UI (${mode})`, async () => {
    const { ctx, page, errors } = await newPage(browser, { js });
    await page.goto(`${BASE}/events?lang=fy`);
    assert.equal(await page.getAttribute('html', 'lang'), 'fy');
    await page.fill('#q', 'bernefoarstelling');
    // Enter submits (with JS, the suggestion list may cover the button while it is open).
    await Promise.all([page.waitForURL(/q=bernefoarstelling/), page.press('#q', 'Enter')]);
    if (js) await page.waitForSelector('.count');
    await page.waitForSelector('.count');
    assert.ok((await count(page)) > 0, 'bernefoarstelling finds children\'s performances');
    assert.deepEqual(errors.filter((e) => !e.includes('favicon')), [], 'no errors in the browser console');
    await ctx.close();
  });

  test(`switch language and keep it (${mode})`, async () => {
    const { ctx, page, errors } = await newPage(browser, { js });
    await page.goto(`${BASE}/`);
    await Promise.all([page.waitForURL(/lang=en/), page.click('.lang-switch a[hreflang=en]')]);
    await page.waitForSelector('html[lang=en]');
    const nav = await page.locator('nav .nav').textContent();
    assert.match(nav, /Venues/);
    await page.goto(`${BASE}/venues`);
    assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the cookie keeps the choice');
    assert.deepEqual(errors.filter((e) => !e.includes('favicon')), [], 'no errors in the browser console');
    await ctx.close();
  });

  test(`near a Frisian place name finds Leeuwarden (${mode})`, async () => {
    const { ctx, page, errors } = await newPage(browser, { js });
    await page.goto(`${BASE}/`);
    await page.fill('#near', 'Ljouwert');
    await page.selectOption('#radius_km', '10');
    await Promise.all([page.waitForURL(/near=Ljouwert/), page.click('form.search-form button[type=submit]')]);
    await page.waitForSelector('.count');
    assert.ok((await count(page)) > 0);
    const where = await page.locator('.event-card .where').allTextContents();
    assert.ok(where.some((w) => w.includes('Leeuwarden')), where.join(' | '));
    assert.deepEqual(errors.filter((e) => !e.includes('favicon')), [], 'no errors in the browser console');
    await ctx.close();
  });

  test(`search box suggestions as an ARIA combobox (${mode})`, async () => {
    const { ctx, page, errors } = await newPage(browser, { js });
    await page.goto(`${BASE}/`);
    const q = page.locator('#q');
    if (!js) {
      assert.equal(await q.getAttribute('role'), null, 'no combobox role without JavaScript');
      assert.ok(await page.locator('#q-suggestions').isHidden());
    } else {
      await page.waitForSelector('#q[role=combobox]');
      await q.pressSequentially('kienderveur', { delay: 30 });
      await page.waitForSelector('#q-suggestions li[role=option]');
      assert.equal(await q.getAttribute('aria-expanded'), 'true');
      await q.press('Escape');
      assert.equal(await q.getAttribute('aria-expanded'), 'false', 'Escape closes the list');
      assert.equal(await q.inputValue(), 'kienderveur', 'Escape keeps the text');
      await q.pressSequentially('s', { delay: 30 });
      await page.waitForSelector('#q-suggestions li[role=option]');
      await q.press('ArrowDown');
      assert.equal(await q.getAttribute('aria-activedescendant'), 'q-opt-0');
      assert.equal(await page.getAttribute('#q-opt-0', 'aria-selected'), 'true');
      const href = await page.locator('#q-opt-0 a').getAttribute('href');
      await Promise.all([page.waitForURL((u) => u.pathname + u.search === href), q.press('Enter')]);
      await q.press('Escape').catch(() => {});
    }
    assert.deepEqual(errors.filter((e) => !e.includes('favicon')), [], 'no errors in the browser console');
    await ctx.close();
  });

  test(`unknown place and bad radius give clear messages (${mode})`, async () => {
    const { ctx, page, errors } = await newPage(browser, { js });
    const r = await page.goto(`${BASE}/events?near=Xyzzyville`);
    assert.equal(r.status(), 200);
    assert.match(await page.locator('.error-box').textContent(), /Xyzzyville/);
    await page.goto(`${BASE}/events?q=film&near=Ljouwer&radius_km=10`);
    const sugg = await page.locator('.error-box a.suggestion').first().getAttribute('href');
    assert.match(sugg, /near=Leeuwarden/);
    assert.match(sugg, /q=film/, 'the suggestion keeps the search text');
    assert.match(sugg, /radius_km=10/, 'and the distance');
    await page.goto(`${BASE}/events?near=Emmen&radius_km=-5`);
    assert.ok(await page.locator('.error-box').isVisible());
    await page.goto(`${BASE}/events?q=${'x'.repeat(3000)}`);
    await page.waitForSelector('.count');
    assert.deepEqual(errors.filter((e) => !e.includes('favicon')), [], 'no errors in the browser console');
    await ctx.close();
  });

  test(`open an event, JSON-LD and .ics (${mode})`, async () => {
    const { ctx, page, errors } = await newPage(browser, { js });
    await page.goto(`${BASE}/events?q=concert`);
    await page.waitForSelector('.event-card h3 a');
    await Promise.all([page.waitForURL(/\/events\/\d+/), page.locator('.event-card h3 a').first().click()]);
    await page.waitForSelector('article.event h1');
    const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').first().textContent());
    assert.equal(ld['@type'], 'Event');
    assert.ok(ld.startDate && ld.location?.name);
    const href = await page.locator('a[href$=".ics"]').first().getAttribute('href');
    const resp = await page.request.get(`${BASE}${href}`);
    assert.equal(resp.status(), 200);
    assert.match(resp.headers()['content-type'], /text\/calendar/);
    const comp = new ICAL.Component(ICAL.parse(await resp.text()));
    const vevents = comp.getAllSubcomponents('vevent');
    assert.ok(vevents.length >= 1);
    assert.equal(new ICAL.Event(vevents[0]).summary, ld.name);
    assert.deepEqual(errors.filter((e) => !e.includes('favicon')), [], 'no errors in the browser console');
    await ctx.close();
  });
}
