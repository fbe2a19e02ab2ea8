// Why: shared plumbing for the browser tests: checks that the UI was built, starts the static
// server and Debian's Chromium (playwright-core cannot download browsers here), opens the app
// with the mocked IPC, and formats the EXPECTED text straight from the Fluent files, so tests
// compare the screen with the real message text instead of a copy that could drift.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentDateTime, FluentNumber, FluentResource } from '@fluent/bundle';
import { chromium } from 'playwright-core';
import { DIST, REPO, startServer } from './server.mjs';

export { REPO };

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIXTURE = JSON.parse(readFileSync(join(REPO, 'tests/web/fixtures/ipc.json'), 'utf8'));
export const SCREENSHOTS = join(REPO, 'target', 'screenshots', 'web');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs;
    newest = Math.max(newest, time);
  }
  return newest;
}

/** Fails with a clear message when ui/dist is missing or older than its sources. */
export function assertBuilt() {
  const index = join(DIST, 'index.html');
  if (!existsSync(index)) {
    throw new Error(`${index} is missing. Build the UI first: npm run build`);
  }
  const built = statSync(index).mtimeMs;
  for (const source of ['ui/src', 'locales']) {
    if (newestMtime(join(REPO, source)) > built) {
      throw new Error(`ui/dist is older than ${source}/. Rebuild the UI first: npm run build`);
    }
  }
}

/** Chromium flags that keep it from calling home (the tests also assert no outside requests). */
export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found. Install Debian's chromium (apt-get install chromium)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Starts server and browser once per test file. */
export async function setUp() {
  assertBuilt();
  const server = await startServer();
  const browser = await launchBrowser();
  return {
    server,
    browser,
    async tearDown() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens the app in a fresh context and waits for the start screen. Collects console errors,
 * page errors and every request, for checkPage().
 */
export async function openApp(
  env,
  { locale = 'en-US', overrides = {}, viewport, waitFor = '#ui-locale option' } = {},
) {
  const context = await env.browser.newContext({
    locale,
    viewport: viewport ?? { width: 1280, height: 900 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const log = { consoleErrors: [], pageErrors: [], requests: [], navigations: 0 };
  page.on('console', (message) => {
    if (message.type() === 'error') {
      log.consoleErrors.push(message.text());
    }
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error)));
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) {
      log.navigations += 1;
    }
  });
  await page.addInitScript((value) => {
    window.__hipaidIpcOverrides = value;
  }, overrides);
  await page.goto(`${env.server.origin}/`);
  await page.waitForSelector(waitFor, { state: 'attached', timeout: 10_000 });
  return { context, page, log };
}

/**
 * Checks what every test should leave true: no CSP violation, no uncaught error, no unexpected
 * console error, and no request to anything but the local test server.
 */
export async function checkPage(env, { page, log, context }, { allowConsoleErrors = [] } = {}) {
  const violations = await page.evaluate(() => window.__hipaidIpc.cspViolations);
  assert.deepEqual(violations, [], 'the UI must not violate the app Content-Security-Policy');
  assert.deepEqual(log.pageErrors, [], 'the page must not throw uncaught errors');
  const unexpected = log.consoleErrors.filter(
    (text) => !allowConsoleErrors.some((allowed) => text.includes(allowed)),
  );
  assert.deepEqual(unexpected, [], 'the page must not log unexpected console errors');
  const outside = log.requests.filter((url) => !url.startsWith(`${env.server.origin}/`));
  assert.deepEqual(outside, [], 'the UI must not make any request outside the app');
  await context.close();
}

/** The IPC calls the page has made so far. */
export async function ipcCalls(page, cmd) {
  const calls = await page.evaluate(() => window.__hipaidIpc.calls);
  return cmd === undefined ? calls : calls.filter((call) => call.cmd === cmd);
}

const bundles = new Map();

function bundleFor(locale) {
  if (!bundles.has(locale)) {
    const dir = join(REPO, 'locales', locale);
    const bundle = new FluentBundle(locale);
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.ftl')).sort()) {
      bundle.addResource(new FluentResource(readFileSync(join(dir, name), 'utf8')));
    }
    bundles.set(locale, bundle);
  }
  return bundles.get(locale);
}

/**
 * Console errors the app is right to log for this fixture: one per message id in the IPC data
 * (nameId, labelId, ...) that en-US does not define yet. Empty when content.ftl is complete.
 */
export function fixtureMissingIds() {
  const ids = new Set();
  const visit = (value) => {
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        const notMessage = ['conditionId', 'stageId', 'guidelineId', 'scaleId'];
        if (/Id$/.test(key) && !notMessage.includes(key) && typeof inner === 'string') {
          ids.add(inner);
        } else {
          visit(inner);
        }
      }
    }
  };
  visit(FIXTURE);
  return [...ids].filter((id) => !hasMessage('en-US', id)).map((id) => `missing message "${id}"`);
}

/** True when the locale's Fluent files define `id`. */
export function hasMessage(locale, id) {
  return bundleFor(locale).hasMessage(id);
}

/**
 * The text the app should show for a message, formatted by Fluent from the files (with the
 * same bidi isolation marks around variables), falling back to en-US like the app does.
 */
export function expected(locale, id, args = null, attribute) {
  for (const candidate of locale === 'en-US' ? ['en-US'] : [locale, 'en-US']) {
    const bundle = bundleFor(candidate);
    const message = bundle.getMessage(id);
    const pattern = attribute === undefined ? message?.value : message?.attributes[attribute];
    if (pattern) {
      const errors = [];
      const text = bundle.formatPattern(pattern, args, errors);
      assert.deepEqual(errors, [], `formatting ${candidate} ${id} must not fail`);
      return text;
    }
  }
  return `[${attribute === undefined ? id : `${id}.${attribute}`}]`;
}

/** Trimmed textContent of the first element matching `selector`. */
export async function textOf(page, selector) {
  const text = await page.locator(selector).first().textContent();
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Normalises whitespace the way textOf does, for comparing with expected(). */
export function squash(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/** Runs axe-core in the page; returns the violations, printing a one-line summary. */
export async function runAxe(page, origin, label) {
  // Loaded from the test server, not inline: the app's CSP forbids inline scripts.
  await page.addScriptTag({ url: `${origin}/__test__/axe.min.js` });
  const result = await page.evaluate(async () => {
    const out = await window.axe.run(document, { resultTypes: ['violations'] });
    return {
      passes: out.passes.length,
      violations: out.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
      })),
    };
  });
  const byImpact = {};
  for (const violation of result.violations) {
    byImpact[violation.impact] = (byImpact[violation.impact] ?? 0) + 1;
  }
  console.log(
    `axe ${label}: ${result.violations.length} violation(s) ${JSON.stringify(byImpact)}, ` +
      `${result.passes} rule(s) passed` +
      (result.violations.length ? ` -> ${JSON.stringify(result.violations)}` : ''),
  );
  return result.violations;
}

// ---- Expected text for the clinical numbers, built from the .ftl files like the app builds it
// (ui/src/lib/format.ts and ui/src/lib/evidence-text.ts): same messages, same number options.

/** A count of people: two significant digits below 1, else at most one decimal. */
export function countArg(value) {
  return new FluentNumber(
    value,
    value > 0 && value < 1 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 1 },
  );
}

export function integerArg(value) {
  return new FluentNumber(value, { maximumFractionDigits: 0 });
}

export function decimalArg(value) {
  return new FluentNumber(value, { maximumFractionDigits: 1 });
}

export function signedArg(value) {
  return new FluentNumber(value, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
}

/** A price as the app writes it: the locale's `money` message around a whole number. */
export function moneyArg(locale, value, currency) {
  return expected(locale, 'money', { amount: new FluentNumber(value, { maximumFractionDigits: 0 }), currency });
}

/**
 * An ISO date (2026-11-22) as the app shows it in `locale`: the back end's (ICU4X) text from the
 * fixture, as `format_dates` answers it, else Intl's long date read in UTC.
 */
export function dateArg(isoDate, locale) {
  const known = locale === undefined ? undefined : FIXTURE.format_dates?.[locale]?.[isoDate];
  if (known !== undefined) {
    return known;
  }
  const [year, month, day] = isoDate.split('-').map(Number);
  return new FluentDateTime(Date.UTC(year, month - 1, day), { dateStyle: 'long', timeZone: 'UTC' });
}

/** What a content id reads as: its text from the .ftl files, or [id] until they have it. */
export function content(locale, id, args = null) {
  return hasMessage('en-US', id) ? expected(locale, id, args) : `[${id}]`;
}

const point = ({ low, high }) => low === high;

/** A Span: "2 weeks", "1–7 days", span-unknown or span-none. */
export function spanText(locale, span) {
  if (span.kind === 'unknown' || span.kind === 'none') {
    return expected(locale, `span-${span.kind}`);
  }
  return point(span)
    ? expected(locale, `span-${span.unit}`, { low: decimalArg(span.low) })
    : expected(locale, `span-range-${span.unit}`, { low: decimalArg(span.low), high: decimalArg(span.high) });
}

export function timeframeText(locale, span) {
  return expected(locale, 'number-timeframe', { span: spanText(locale, span) });
}

/** "68 out of 100 people" for a people measure, "Average change of -1.4 points" for a score. */
export function measureText(locale, measure, frequency) {
  if (measure.kind === 'people') {
    const denominator = integerArg(measure.denominator);
    return point(frequency)
      ? expected(locale, 'number-people', { count: countArg(frequency.low), denominator })
      : expected(locale, 'number-people-range', {
          low: countArg(frequency.low),
          high: countArg(frequency.high),
          denominator,
        });
  }
  return point(frequency)
    ? expected(locale, 'number-score', { change: signedArg(frequency.low) })
    : expected(locale, 'number-score-range', { low: signedArg(frequency.low), high: signedArg(frequency.high) });
}

/** The comparison group's result, or "not measured". */
export function comparatorResultText(locale, measure, frequency) {
  return frequency === null ? expected(locale, 'number-not-measured') : measureText(locale, measure, frequency);
}

/** A condition figure as one sentence, with its label's age variables. */
export function figureText(locale, figure) {
  const labelArgs = {};
  if (typeof figure.ageFrom === 'number') {
    labelArgs.ageFrom = integerArg(figure.ageFrom);
  }
  if (typeof figure.ageTo === 'number') {
    labelArgs.ageTo = integerArg(figure.ageTo);
  }
  const what = content(locale, figure.labelId, labelArgs);
  const { value, denominator } = figure;
  if (denominator === null) {
    return point(value)
      ? expected(locale, 'condition-figure-count', { count: countArg(value.low), what })
      : expected(locale, 'condition-figure-count-range', { low: countArg(value.low), high: countArg(value.high), what });
  }
  return point(value)
    ? expected(locale, 'condition-figure-people', { count: countArg(value.low), denominator: integerArg(denominator), what })
    : expected(locale, 'condition-figure-people-range', {
        low: countArg(value.low),
        high: countArg(value.high),
        denominator: integerArg(denominator),
        what,
      });
}

export function figureTimeframeText(locale, figure) {
  return figure.timeframe === null
    ? expected(locale, 'condition-figure-one-time')
    : timeframeText(locale, figure.timeframe);
}

/** The price of an option, or cost-unknown. */
export function costText(locale, cost) {
  if (cost.amount === null) {
    return expected(locale, 'cost-unknown');
  }
  const per = expected(locale, `cost-per-${cost.per}`);
  return point(cost.amount)
    ? expected(locale, 'option-cost-amount', { amount: moneyArg(locale, cost.amount.low, cost.currency), per })
    : expected(locale, 'option-cost-range', {
        low: moneyArg(locale, cost.amount.low, cost.currency),
        high: moneyArg(locale, cost.amount.high, cost.currency),
        per,
      });
}

/** Tabs forward until `selector` has focus (at most `limit` presses); fails if it never does. */
export async function tabTo(page, selector, limit = 400) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
      return i + 1;
    }
  }
  throw new Error(`Tab never reached ${selector} in ${limit} presses`);
}

// ---- Walking the consultation

/** Fills the start form and starts; resolves when the condition screen is shown. */
export async function startConsultation(page, { label = '', clinician = '', patientLocale } = {}) {
  if (patientLocale) {
    await page.selectOption('#patient-locale', patientLocale);
  }
  await page.fill('#patient-label', label);
  await page.fill('#clinician-name', clinician);
  await page.click('#start-consultation');
  await page.waitForSelector('#condition-group input[type="radio"]');
}

/** Chooses hip-oa and a stage; resolves when the overview for that stage is shown. */
export async function chooseStage(page, stageId = 'kl-2') {
  await page.check('#condition-hip-oa');
  await page.waitForSelector(`#stage-${stageId}`);
  await page.check(`#stage-${stageId}`);
  await page.waitForFunction(
    (stage) =>
      window.__hipaidIpc.calls.some((c) => c.cmd === 'condition_overview' && c.args.stageId === stage) &&
      document.querySelector('#condition-stage') !== null,
    stageId,
  );
}

/** Opens a step of the consultation from the step list; resolves when its page is shown. */
export async function goStep(page, step) {
  if (step !== 'start' && (await page.locator(`#step-${step}`).count()) === 0) {
    // The start screen has no step list; "Go on with this visit" leads back into the steps.
    await page.click('#continue-consultation');
    await page.waitForSelector('#step-condition-page');
  }
  await page.click(`#step-${step}`);
  await page.waitForSelector(step === 'start' ? '#start-consultation' : `#step-${step}-page`);
}
