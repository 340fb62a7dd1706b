// Issue 5, end to end, with JavaScript off and on: a film-education institution (made by
// end2end/run.sh through the CLI, in the Filmeducatiehub network) makes an offer that comes to
// schools in De Fryske Marren; a teacher of a school in Balk (no cinema there) chooses the
// school, finds the offer for groep 7, sends a request (first with a mistake, which comes back
// with what was typed), and keeps the private link; the institution signs in and confirms;
// the teacher's link shows the confirmation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, newPage, settle } from './helpers.js';

const EMAIL = process.env.E2E_EDU_EMAIL;
const PASSWORD = process.env.E2E_PASSWORD;
const BALK = '05LP00'; // Christelijke Basisschool de Bolster, Balk
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function signIn(page, js) {
  await page.goto(`${BASE}/signin?next=/publish`);
  await settle(page, js);
  await page.fill('input[name=email]', EMAIL);
  await page.fill('input[name=password]', PASSWORD);
  await Promise.all([page.waitForURL(/\/publish$/), page.press('input[name=password]', 'Enter')]);
  await settle(page, js);
}

function isoDate(daysAhead) {
  const d = new Date(Date.now() + daysAhead * 86400000);
  return d.toISOString().slice(0, 10);
}

for (const js of [false, true]) {
  const mode = js ? 'JS on' : 'JS off';
  test(`a teacher in Balk requests a film offer and the institution confirms (${mode})`, { skip: !EMAIL && 'no E2E account' }, async () => {
    // 1. The institution makes an offer at school for De Fryske Marren (GM1940), on request.
    const inst = await newPage(browser, { js });
    await signIn(inst.page, js);
    const p = inst.page;
    await p.goto(`${BASE}/publish/events/new`);
    await settle(p, js);
    const name = `Filmles op school ${js ? 'Aan' : 'Uit'} ${Date.now() % 100000}`;
    await p.fill('input[name=name_nl]', name);
    await p.fill('textarea[name=description_nl]', 'Een filmeducator komt naar school: kijken, praten en zelf een scène filmen.');
    await p.check('input[name=disciplines][value=film]');
    await p.selectOption('select[name=event_type]', 'workshop');
    await p.selectOption('select[name=audience]', 'education');
    const venue = await p.$eval('select[name=venue_id]', (s) => [...s.options].find((o) => o.value)?.value);
    await p.selectOption('select[name=venue_id]', venue);
    await p.check('input[name=mode][value=none]');
    await p.check('input[name=offer_levels][value=groep7]');
    await p.check('input[name=offer_levels][value=groep8]');
    await p.selectOption('select[name=offer_activity_type]', 'guest_lesson');
    await p.selectOption('select[name=offer_price_model]', 'per_class');
    await p.fill('input[name=offer_price]', '150');
    await p.selectOption('select[name=offer_location_mode]', 'at_school');
    await p.check('input[name=offer_service_municipalities][value=GM1940]');
    await p.fill('input[name=offer_lead_time_days]', '7');
    await p.fill('input[name=offer_capacity]', '60');
    await Promise.all([p.waitForURL(/\/publish\/events\/\d+/), p.click('button[name=action][value=submit]')]);
    await settle(p, js);
    const offerId = p.url().match(/\/publish\/events\/(\d+)/)[1];
    const api = await (await fetch(`${BASE}/api/v1/offers?school=${BALK}&level=groep7&discipline=film`)).json();
    assert.ok(api.items.some((i) => String(i.id) === offerId && i.location_mode === 'at_school'), 'the offer reaches the Balk school');

    // 2. The teacher chooses the school (by place) and filters for groep 7 and film.
    const teacher = await newPage(browser, { js });
    const t = teacher.page;
    await t.goto(`${BASE}/education`);
    await settle(t, js);
    await t.fill('input[name=school_q]', 'Balk');
    await Promise.all([t.waitForURL(/school_q=Balk/), t.press('input[name=school_q]', 'Enter')]);
    await settle(t, js);
    const choose = t.locator(`form[action="/education/school"]:has(input[name=school][value="${BALK}"]) button`);
    await Promise.all([t.waitForNavigation(), choose.click()]);
    await settle(t, js);
    assert.match(await t.textContent('main'), /Bolster/);
    await t.goto(`${BASE}/education?level=groep7&discipline=film`);
    await settle(t, js);
    const card = t.locator(`a[href="/education/offers/${offerId}"]`).first();
    assert.equal(await card.count(), 1, 'the offer is listed for the chosen school');
    await Promise.all([t.waitForURL(new RegExp(`/education/offers/${offerId}`)), card.click()]);
    await settle(t, js);

    // 3. A request with a negative number of pupils comes back with what was typed.
    const date = isoDate(21);
    await t.fill('input[name=contact_name]', 'J. de Vries');
    await t.fill('input[name=contact_email]', 'leerkracht@bolster.example');
    await t.fill('input[name=group_label_1]', 'groep 7a');
    await t.selectOption('select[name=group_level_1]', 'groep7');
    await t.fill('input[name=group_pupils_1]', '-3');
    await t.fill('input[name=date_1]', date);
    await t.check('input[name=consent]');
    // The browser's own number check would stop the form: this is the server's answer.
    await t.$eval('form[action="/education/requests"]', (f) => f.setAttribute('novalidate', ''));
    await Promise.all([t.waitForURL(/form=/), t.click('form[action="/education/requests"] button[type=submit]')]);
    await settle(t, js);
    assert.equal(await t.inputValue('input[name=contact_email]'), 'leerkracht@bolster.example', 'what was typed is kept');
    assert.equal(await t.locator('[aria-invalid=true][name=group_pupils_1]').count(), 1, 'the pupils field is marked invalid');
    await t.fill('input[name=group_pupils_1]', '26');
    if (!(await t.isChecked('input[name=consent]'))) await t.check('input[name=consent]');
    await Promise.all([t.waitForURL(/\/education\/requests\/[0-9a-f]+/), t.click('form[action="/education/requests"] button[type=submit]')]);
    await settle(t, js);
    const link = t.url().split('?')[0];
    assert.match(await t.textContent('main'), /Bolster/);

    // 4. The institution sees the request and confirms it with a date.
    await p.goto(`${BASE}/publish/requests`);
    await settle(p, js);
    const article = p.locator('article', { hasText: name }).filter({ hasText: 'Bolster' }).first();
    await article.locator('input[name=date]').fill(date);
    await Promise.all([p.waitForURL(/notice=confirmed/), article.locator('form[action$="/confirm"] button').click()]);
    await settle(p, js);

    // 5. The teacher's private link shows the confirmation and the date.
    await t.goto(link);
    await settle(t, js);
    const text = await t.textContent('main');
    assert.match(text, /[Bb]evestigd/);
    const [y, m, d] = date.split('-').map(Number);
    assert.ok(text.includes(date) || text.includes(`${d}`) && (text.includes(String(y))), `the date ${date} is shown`);
    // Outbox: the new request would have been e-mailed to the institution; the teacher's own
    // copies (with the private link) are not shown to the institution.
    await p.goto(`${BASE}/publish/outbox`);
    await settle(p, js);
    const outbox = await p.textContent('main');
    assert.ok(outbox.includes(name), 'the message about the new request is in the outbox');
    assert.ok(!outbox.includes(link.split('/').pop()), 'no private link in the institution\'s outbox');

    await inst.ctx.close();
    await teacher.ctx.close();
    for (const errs of [inst.errors, teacher.errors]) {
      assert.deepEqual(errs.filter((e) => !e.includes('404') && !e.includes('401')), []);
    }
  });
}
