// An institution publishes an event through the editor, with JavaScript off and on: sign in,
// a form with an error comes back with what was typed, a valid event of a trusted organisation
// is published and found by the search. The account is made by end2end/run.sh through the CLI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, newPage, settle } from './helpers.js';

const EMAIL = process.env.E2E_EMAIL;
const PASSWORD = process.env.E2E_PASSWORD;
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const js of [false, true]) {
  const mode = js ? 'JS on' : 'JS off';
  test(`an institution publishes an event (${mode})`, { skip: !EMAIL && 'no E2E account' }, async () => {
    const { ctx, page, errors } = await newPage(browser, { js });
    await page.goto(`${BASE}/publish`);
    await settle(page, js);
    // Not signed in: the page says so and links to the sign-in form.
    await page.click('a[href^="/signin"]');
    await settle(page, js);
    await page.fill('input[name=email]', EMAIL);
    await page.fill('input[name=password]', PASSWORD);
    await Promise.all([page.waitForURL(/\/publish$/), page.press('input[name=password]', 'Enter')]);
    await settle(page, js);

    await page.goto(`${BASE}/publish/events/new`);
    await settle(page, js);
    const unique = `Proefvoorstelling ${js ? 'Aan' : 'Uit'} ${Date.now() % 100000}`;
    // First without a name: the error comes back and the description is kept.
    await page.fill('textarea[name=description_nl]', 'Een voorstelling om te testen.');
    const venue = await page.$eval('select[name=venue_id]', (s) => [...s.options].find((o) => o.value)?.value);
    await page.selectOption('select[name=venue_id]', venue);
    await page.fill('input[name=date]', '2027-06-12');
    await page.fill('input[name=start_time]', '20:00');
    await page.check('input[name=disciplines][value=performing_arts]');
    await Promise.all([page.waitForURL(/flash=/), page.click('button[name=action][value=submit]')]);
    await settle(page, js);
    assert.equal(await page.inputValue('textarea[name=description_nl]'), 'Een voorstelling om te testen.');
    assert.ok(await page.locator('[aria-invalid=true][name=name_nl]').count() === 1, 'the name field is marked invalid');

    // Now with a name: published directly (the organisation is trusted).
    await page.fill('input[name=name_nl]', unique);
    await Promise.all([page.waitForURL(/\/publish\/events\/\d+/), page.click('button[name=action][value=submit]')]);
    await settle(page, js);
    const id = page.url().match(/\/publish\/events\/(\d+)/)[1];
    const api = await (await fetch(`${BASE}/api/v1/events/${id}`)).json();
    assert.equal(api.name.nl, unique);
    const found = await (await fetch(`${BASE}/api/v1/events?q=${encodeURIComponent(unique.split(' ').slice(0, 2).join(' '))}`)).json();
    assert.ok(found.items.some((i) => String(i.id) === id), 'the new event is found by the search');

    // Sign out.
    await Promise.all([page.waitForURL(`${BASE}/`), page.click('form[action="/publish/signout"] button')]).catch(async () => {
      await page.goto(`${BASE}/publish`);
      await page.click('form[action="/publish/signout"] button');
    });
    await ctx.close();
    // The signed-out /publish page answers 401 on purpose; nothing else may log an error.
    assert.deepEqual(errors.filter((e) => !e.includes('404') && !e.includes('401')), []);
  });
}
