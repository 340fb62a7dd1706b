// Shared set-up: Debian's Chromium through playwright-core, headless, no background networking.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const BASE = process.env.BASE ?? 'http://127.0.0.1:3000';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A page with JavaScript on or off, at a phone or desktop width. */
export async function newPage(browser, { js = true, width = 1280 } = {}) {
  const ctx = await browser.newContext({ javaScriptEnabled: js, viewport: { width, height: 900 }, locale: 'nl-NL' });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return { ctx, page, errors };
}

/** Wait until the page is hydrated (JS on) or loaded (JS off). */
export async function settle(page, js) {
  await page.waitForLoadState('load');
  if (js) await page.waitForFunction(() => !!window.__leptos_hydrated || document.readyState === 'complete');
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Run axe-core on the page; returns serious and critical violations. */
export async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const res = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  return res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
