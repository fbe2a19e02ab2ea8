// Why: proves, in a real browser, what the UI promises: text comes from the Fluent files and
// switches language live, right-to-left mirrors the layout, the start -> condition flow sends
// the right IPC commands and shows the options with locale-formatted numbers, errors are
// translated and keep what was typed, a missing message shows as [id], and axe finds no
// serious accessibility problem. The back end is the real @tauri-apps/api over mockIPC.

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { FluentNumber } from '@fluent/bundle';
import {
  FIXTURE,
  SCREENSHOTS,
  checkPage,
  expected,
  fixtureMissingIds,
  hasMessage,
  ipcCalls,
  openApp,
  runAxe,
  setUp,
  squash,
  textOf,
} from './helpers.mjs';

let env;

before(async () => {
  env = await setUp();
});

after(async () => {
  await env?.tearDown();
});

/** Fills the start form and starts; resolves when the condition screen is shown. */
async function startConsultation(page, { label = '', clinician = '', patientLocale } = {}) {
  if (patientLocale) {
    await page.selectOption('#patient-locale', patientLocale);
  }
  await page.fill('#patient-label', label);
  await page.fill('#clinician-name', clinician);
  await page.click('#start-consultation');
  await page.waitForSelector('#condition-group input[type="radio"]');
}

/** Chooses hip-oa and a stage; resolves when both option cards are shown. */
async function chooseStage(page, stageId = 'kl-2') {
  await page.check('#condition-hip-oa');
  await page.waitForSelector(`#stage-${stageId}`);
  await page.check(`#stage-${stageId}`);
  await page.waitForFunction(
    (stage) =>
      window.__hipaidIpc.calls.some((c) => c.cmd === 'condition_overview' && c.args.stageId === stage) &&
      document.querySelectorAll('article.option-card').length >= 2,
    stageId,
  );
}

/** Number arguments rounded exactly like ui/src/lib/format.ts does. */
function countArg(value) {
  return new FluentNumber(
    value,
    value > 0 && value < 1 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 1 },
  );
}

function integerArg(value) {
  return new FluentNumber(value, { maximumFractionDigits: 0 });
}

function frequencyArgs({ low, high }, denominator) {
  return low === high
    ? { count: countArg(low), denominator: integerArg(denominator) }
    : { low: countArg(low), high: countArg(high), denominator: integerArg(denominator) };
}

/**
 * Checks every outcome of the fixture's overview as shown on the page: kind in words, label,
 * "N out of 100" (or a range), comparator, time frame, certainty words, and numbered source
 * links that point at the reference list, which shows each citation.
 */
async function assertOutcomes(page, locale) {
  const overview = FIXTURE.condition_overview;
  const numbers = new Map(overview.references.map((r, i) => [r.id, i + 1]));
  for (const option of overview.options) {
    const card = page.locator(`article[data-option="${option.id}"]`);
    assert.equal(squash(await card.locator('h3').textContent()), squash(content(locale, option.nameId)));
    for (const outcome of option.outcomes) {
      const item = card.locator(`[data-outcome="${outcome.id}"]`);
      const where = `${locale} ${outcome.id}`;
      assert.equal(
        squash(await item.locator('.outcome-kind').textContent()),
        expected(locale, outcome.kind === 'benefit' ? 'condition-kind-benefit' : 'condition-kind-harm'),
        `${where}: benefit or harm is said in words, not only with colour`,
      );
      assert.equal(squash(await item.locator('h4').textContent()), squash(content(locale, outcome.labelId)));
      const single = outcome.withOption.low === outcome.withOption.high;
      assert.equal(
        squash(await item.locator('.frequency').textContent()),
        squash(
          expected(
            locale,
            single ? 'condition-outcome-with-option' : 'condition-outcome-with-option-range',
            frequencyArgs(outcome.withOption, outcome.denominator),
          ),
        ),
        `${where}: "N out of ${outcome.denominator}" formatted for ${locale}`,
      );
      if (outcome.comparator) {
        const c = outcome.comparator.frequency;
        assert.equal(
          squash(await item.locator('.comparator').textContent()),
          squash(
            expected(
              locale,
              c.low === c.high ? 'condition-outcome-comparator' : 'condition-outcome-comparator-range',
              { ...frequencyArgs(c, outcome.denominator), group: content(locale, outcome.comparator.labelId) },
            ),
          ),
          `${where}: compared with what`,
        );
      } else {
        assert.equal(await item.locator('.comparator').count(), 0, `${where}: no comparator line`);
      }
      assert.equal(
        squash(await item.locator('.timeframe').textContent()),
        expected(locale, `condition-timeframe-${outcome.timeframe.unit}`, { value: integerArg(outcome.timeframe.value) }),
        `${where}: time frame with the right plural`,
      );
      assert.equal(
        squash(await item.locator('.certainty').textContent()),
        expected(locale, `condition-certainty-${outcome.certainty}`),
        `${where}: certainty in words`,
      );
      const links = await item.locator('a.source-link').evaluateAll((els) =>
        els.map((el) => ({ href: el.getAttribute('href'), text: el.textContent.trim() })),
      );
      assert.deepEqual(
        links,
        outcome.sourceIds.map((id) => ({ href: `#ref-${id}`, text: squash(expected(locale, 'condition-source-link', { number: numbers.get(id) })) })),
        `${where}: one numbered link per source`,
      );
      for (const id of outcome.sourceIds) {
        const reference = overview.references.find((r) => r.id === id);
        assert.equal(
          squash(await page.locator(`li#ref-${id} .citation`).textContent()),
          squash(reference.citation),
          `${where}: the link target shows the citation of ${id}`,
        );
      }
    }
  }
}

/** What a content id should read as: the content.ftl text, or [id] until that file has it. */
function content(locale, id, args) {
  return hasMessage('en-US', id) ? expected(locale, id, args) : `[${id}]`;
}

describe('start screen', () => {
  test('renders en-US text from app.ftl, lang/dir, and preselects the negotiated locale', async () => {
    const app = await openApp(env, { locale: 'en-US' });
    const { page } = app;
    assert.equal(await textOf(page, 'h1'), expected('en-US', 'app-title'), 'h1 is app-title');
    assert.equal(await textOf(page, 'label[for="ui-locale"]'), expected('en-US', 'start-ui-locale-label'));
    assert.equal(
      await textOf(page, 'label[for="patient-locale"]'),
      expected('en-US', 'start-patient-locale-label'),
    );
    assert.equal(
      await textOf(page, 'label[for="patient-label"]'),
      expected('en-US', 'start-patient-label-label'),
    );
    assert.equal(
      await page.getAttribute('#patient-label', 'placeholder'),
      expected('en-US', 'start-patient-label-label', null, 'placeholder'),
      'the placeholder comes from the message attribute',
    );
    assert.equal(
      await textOf(page, 'label[for="clinician-name"]'),
      expected('en-US', 'start-clinician-name-label'),
    );
    assert.equal(await textOf(page, '#start-consultation'), expected('en-US', 'start-submit'));
    assert.equal(await page.title(), expected('en-US', 'app-title'), 'window title from app-title');
    assert.equal(await page.getAttribute('html', 'lang'), 'en-US');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');

    const options = await page.$$eval('#ui-locale option', (els) =>
      els.map((el) => ({ value: el.value, text: el.textContent.trim().replace(/[\u2068\u2069]/g, '') })),
    );
    assert.deepEqual(
      options,
      FIXTURE.list_locales.map((l) => ({ value: l.id, text: l.pseudo ? l.id : l.nativeName })),
      'the UI language options are list_locales, real ones by native name, pseudo ones by id',
    );
    const negotiate = await ipcCalls(page, 'negotiate_locale');
    assert.equal(negotiate.length, 1, 'negotiate_locale is called once at start-up');
    assert.deepEqual(
      negotiate[0].args,
      { requested: await page.evaluate(() => [...navigator.languages]) },
      'negotiate_locale gets navigator.languages',
    );
    assert.equal(await page.inputValue('#ui-locale'), FIXTURE.negotiate_locale);
    await checkPage(env, app);
  });

  test('the UI language comes from negotiate_locale (es for an es-MX system)', async () => {
    const app = await openApp(env, { locale: 'es-MX', overrides: { negotiate_locale: { resolve: 'es' } } });
    const { page } = app;
    const negotiate = await ipcCalls(page, 'negotiate_locale');
    assert.deepEqual(negotiate[0].args.requested[0], 'es-MX', 'the system language is asked for');
    assert.equal(await page.inputValue('#ui-locale'), 'es', '#ui-locale shows the negotiated locale');
    assert.equal(await page.inputValue('#patient-locale'), 'es', 'patient language defaults to it');
    assert.equal(await textOf(page, '#start-consultation'), expected('es', 'start-submit'));
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    await checkPage(env, app);
  });

  test('switching #ui-locale to es changes all text and lang live, without reloading', async () => {
    const app = await openApp(env);
    const { page, log } = app;
    await page.evaluate(() => {
      window.__notReloaded = true;
    });
    const navigationsBefore = log.navigations;
    const ids = [
      ['label[for="ui-locale"]', 'start-ui-locale-label'],
      ['#ui-locale-hint', 'start-ui-locale-hint'],
      ['label[for="patient-locale"]', 'start-patient-locale-label'],
      ['label[for="patient-label"]', 'start-patient-label-label'],
      ['#patient-label-hint', 'start-patient-label-hint'],
      ['label[for="clinician-name"]', 'start-clinician-name-label'],
      ['#start-consultation', 'start-submit'],
      ['.intro', 'start-intro'],
    ];
    for (const [selector, id] of ids) {
      assert.notEqual(expected('es', id), expected('en-US', id), `es ${id} is translated`);
    }

    await page.selectOption('#ui-locale', 'es');

    await page.waitForFunction(() => document.documentElement.lang === 'es');
    for (const [selector, id] of ids) {
      assert.equal(await textOf(page, selector), squash(expected('es', id)), `${selector} shows es ${id}`);
    }
    assert.equal(
      await page.getAttribute('#patient-label', 'placeholder'),
      expected('es', 'start-patient-label-label', null, 'placeholder'),
    );
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    assert.equal(await page.title(), expected('es', 'app-title'));
    assert.equal(
      await page.evaluate(() => window.__notReloaded),
      true,
      'the page was not reloaded (window state survived)',
    );
    assert.equal(log.navigations, navigationsBefore, 'no navigation happened');
    await checkPage(env, app);
  });

  test('ar-XB sets dir=rtl and mirrors the layout; en-XA shows accented, longer text', async () => {
    const app = await openApp(env);
    const { page } = app;
    const width = page.viewportSize().width;
    const ltrBox = await page.locator('#start-consultation').boundingBox();
    const ltrLabel = await page.locator('label[for="ui-locale"]').boundingBox();

    await page.selectOption('#ui-locale', 'ar-XB');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar-XB');
    const rtlBox = await page.locator('#start-consultation').boundingBox();
    const rtlLabel = await page.locator('label[for="ui-locale"]').boundingBox();
    assert.ok(ltrBox.x + ltrBox.width < width / 2, `ltr: the start button sits on the left (${ltrBox.x})`);
    assert.ok(rtlBox.x > width / 2, `rtl: the start button moved to the right (${rtlBox.x})`);
    assert.ok(
      Math.abs(ltrBox.x - (width - (rtlBox.x + rtlBox.width))) <= 2,
      `rtl: the button's distance from the right edge mirrors ltr's from the left ` +
        `(${ltrBox.x} vs ${width - (rtlBox.x + rtlBox.width)})`,
    );
    assert.ok(
      Math.abs(ltrLabel.x - (width - (rtlLabel.x + rtlLabel.width))) <= 2,
      'rtl: a label is mirrored too',
    );
    const rtlText = await textOf(page, '#start-consultation');
    assert.ok(rtlText.startsWith('\u202E'), 'ar-XB text is forced right-to-left (U+202E)');
    assert.notEqual(rtlText, expected('en-US', 'start-submit'));

    await page.selectOption('#ui-locale', 'en-XA');
    await page.waitForFunction(() => document.documentElement.lang === 'en-XA');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr', 'en-XA is left-to-right');
    for (const [selector, id] of [
      ['#start-consultation', 'start-submit'],
      ['label[for="patient-label"]', 'start-patient-label-label'],
      ['.intro', 'start-intro'],
    ]) {
      const english = squash(expected('en-US', id));
      const text = await textOf(page, selector);
      assert.notEqual(text, english, `${id} is transformed in en-XA`);
      assert.match(text, /[À-ɏḀ-ỿ]/u, `${id} has accented letters in en-XA: ${text}`);
      assert.ok(
        text.length >= english.length * 1.2 && text.length <= english.length * 1.6,
        `${id} is about a third longer in en-XA (${english.length} -> ${text.length})`,
      );
    }
    await checkPage(env, app);
  });
});

describe('consultation flow', () => {
  test('start sends start_consultation, then the condition screen shows the options', async () => {
    const app = await openApp(env);
    const { page } = app;
    await startConsultation(page, { label: '  Room 4 ', clinician: 'Dr. Ada', patientLocale: 'es' });

    const starts = await ipcCalls(page, 'start_consultation');
    assert.deepEqual(
      starts.map((c) => c.args),
      [{ input: { uiLocale: 'en-US', patientLocale: 'es', patientLabel: 'Room 4', clinicianName: 'Dr. Ada' } }],
      'start_consultation gets { input } with the trimmed label and the chosen locales',
    );
    assert.equal(await textOf(page, 'h1'), expected('en-US', 'condition-heading'));
    assert.equal(
      await textOf(page, '#current-consultation'),
      squash(
        expected('en-US', 'condition-consultation-label', { label: 'Room 4' }) +
          ' ' +
          expected('en-US', 'condition-consultation-clinician', { name: 'Dr. Ada' }),
      ),
      'the current consultation line shows the patient label and clinician',
    );
    assert.equal(
      await textOf(page, 'label[for="condition-hip-oa"]'),
      content('en-US', 'condition-hip-oa-name'),
      'list_conditions gives the hip-oa radio, named from content.ftl',
    );
    assert.equal(await page.locator('#condition-group legend').count(), 1, 'the radio group has a legend');

    await page.check('#condition-hip-oa');
    await page.waitForSelector('#stage-kl-1');
    const stageLabels = await page.$$eval('#stage-group label', (els) => els.map((el) => el.textContent.trim()));
    assert.deepEqual(stageLabels, [
      ...['kl-1', 'kl-2', 'kl-3', 'kl-4'].map((s) => content('en-US', `stage-hip-oa-${s}-name`)),
      expected('en-US', 'condition-stage-unknown'),
    ]);
    await chooseStage(page, 'kl-2');

    const choose = await ipcCalls(page, 'choose_condition');
    assert.deepEqual(
      choose.map((c) => c.args),
      [
        { conditionId: 'hip-oa', stageId: null },
        { conditionId: 'hip-oa', stageId: 'kl-2' },
      ],
      'choosing the condition, then the stage, saves each choice',
    );
    const overview = await ipcCalls(page, 'condition_overview');
    assert.deepEqual(overview.at(-1).args, { conditionId: 'hip-oa', stageId: 'kl-2' });

    const cards = await page.$$eval('article.option-card', (els) => els.map((el) => el.dataset.option));
    assert.deepEqual(cards, ['exercise', 'steroid-injection'], 'one card per option');
    assert.equal(
      await textOf(page, 'article[data-option="steroid-injection"] h3'),
      content('en-US', 'option-steroid-injection-name'),
    );
    await assertOutcomes(page, 'en-US');
    const harmText = squash(await page.locator('[data-outcome="steroid-septic-arthritis"] .frequency').textContent());
    assert.match(harmText, /0\.08/, 'en-US uses a decimal point');

    await page.click('#nav-back');
    await page.waitForSelector('#start-consultation');
    assert.equal(await page.inputValue('#patient-label'), '  Room 4 ', 'Back keeps what was typed');
    await checkPage(env, app, { allowConsoleErrors: fixtureMissingIds() });
  });

  test('in es, every outcome is in Spanish with numbers formatted for es (0,08)', async () => {
    const app = await openApp(env, { locale: 'es', overrides: { negotiate_locale: { resolve: 'es' } } });
    const { page } = app;
    await startConsultation(page);
    await chooseStage(page, 'kl-3');
    await assertOutcomes(page, 'es');
    const harmText = squash(await page.locator('[data-outcome="steroid-septic-arthritis"] .frequency').textContent());
    assert.match(harmText, /0,08/, 'Spanish uses a decimal comma');
    await checkPage(env, app, { allowConsoleErrors: fixtureMissingIds() });
  });
});

describe('keyboard and resuming', () => {
  test('keyboard only: tab order, visible focus, Enter starts, arrow keys choose', async () => {
    const app = await openApp(env);
    const { page } = app;
    const order = [];
    for (let i = 0; i < 5; i += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => ({
        id: document.activeElement.id,
        outline: getComputedStyle(document.activeElement).outlineStyle,
        width: parseFloat(getComputedStyle(document.activeElement).outlineWidth),
      }));
      order.push(focus.id);
      assert.ok(focus.outline !== 'none' && focus.width >= 2, `#${focus.id} shows a visible focus ring`);
    }
    assert.deepEqual(
      order,
      ['ui-locale', 'patient-locale', 'patient-label', 'clinician-name', 'start-consultation'],
      'Tab visits the form in reading order',
    );
    await page.keyboard.press('Enter');
    await page.waitForSelector('#condition-group input');
    assert.equal(
      await page.evaluate(() => document.activeElement.tagName),
      'H1',
      'after the screen changes, focus moves to its heading',
    );
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'condition-hip-oa');
    await page.keyboard.press('Space');
    await page.waitForSelector('#stage-kl-1');
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement.id),
      'stage-unknown',
      'a new condition starts at "stage not known yet", and Tab lands on the checked radio',
    );
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction(() =>
      window.__hipaidIpc.calls.some((c) => c.cmd === 'choose_condition' && c.args.stageId === 'kl-4'),
    );
    await page.waitForSelector('article.option-card');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'stage-kl-4');
    await checkPage(env, app, { allowConsoleErrors: fixtureMissingIds() });
  });

  test('an open consultation is resumed on the condition screen without saving again', async () => {
    const open = {
      ...FIXTURE.start_consultation,
      uiLocale: 'es',
      patientLocale: 'es',
      patientLabel: 'consultorio 4',
      conditionId: 'hip-oa',
      stageId: 'kl-3',
    };
    const app = await openApp(env, {
      overrides: { current_consultation: { resolve: open } },
      waitFor: 'article.option-card',
    });
    const { page } = app;
    assert.equal(await page.getAttribute('html', 'lang'), 'es', 'the consultation UI language is restored');
    assert.equal(await page.isChecked('#stage-kl-3'), true, 'the saved stage is checked');
    assert.equal(
      await textOf(page, '#current-consultation'),
      squash(expected('es', 'condition-consultation-label', { label: 'consultorio 4' })),
    );
    assert.deepEqual(await ipcCalls(page, 'choose_condition'), [], 'resuming does not save the choice again');
    assert.deepEqual((await ipcCalls(page, 'condition_overview')).map((c) => c.args), [
      { conditionId: 'hip-oa', stageId: 'kl-3' },
    ]);
    await page.click('#nav-back');
    await page.waitForSelector('#start-consultation');
    assert.equal(await page.inputValue('#patient-label'), 'consultorio 4', 'Back shows the saved label');
    assert.equal(await page.inputValue('#ui-locale'), 'es');
    await checkPage(env, app, { allowConsoleErrors: fixtureMissingIds() });
  });
});

describe('errors and missing messages', () => {
  test('an IPC error shows the translated error text in an alert and keeps the input', async () => {
    const longLabel = 'x'.repeat(300);
    const app = await openApp(env, {
      overrides: {
        start_consultation: {
          reject: { code: 'text-too-long', message: 'patientLabel is longer than 80 characters' },
        },
      },
    });
    const { page } = app;
    await page.fill('#patient-label', longLabel);
    await page.fill('#clinician-name', 'Dr. Ada');
    await page.click('#start-consultation');
    const alert = page.locator('#start-error[role="alert"]');
    await alert.locator('.alert').waitFor();
    assert.equal(squash(await alert.textContent()), expected('en-US', 'error-text-too-long'));
    assert.ok(
      !(await alert.textContent()).includes('80 characters'),
      'the developer message is never shown',
    );
    assert.equal(await page.inputValue('#patient-label'), longLabel, 'the typed label is still there');
    assert.equal(await page.inputValue('#clinician-name'), 'Dr. Ada');
    assert.equal(await page.locator('#start-consultation').count(), 1, 'still on the start screen');

    await page.selectOption('#ui-locale', 'es');
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    assert.equal(
      squash(await alert.textContent()),
      expected('es', 'error-text-too-long'),
      'the alert follows the UI language',
    );
    assert.equal(await page.inputValue('#patient-label'), longLabel);

    // Anything that is not an IpcError becomes "internal".
    await page.evaluate(() => {
      window.__hipaidIpc.overrides.start_consultation = { reject: 'plain string from somewhere' };
    });
    await page.click('#start-consultation');
    await page.waitForFunction(() => document.querySelector('#start-error .alert')?.dataset.code === 'internal');
    assert.equal(squash(await alert.textContent()), expected('es', 'error-internal'));

    // And a retry that works clears the alert and opens the next screen.
    await page.evaluate(() => {
      delete window.__hipaidIpc.overrides.start_consultation;
    });
    await page.fill('#patient-label', 'Room 4');
    await page.click('#start-consultation');
    await page.waitForSelector('#condition-group');
    await checkPage(env, app, { allowConsoleErrors: ['[ipc] start_consultation failed', ...fixtureMissingIds()] });
  });

  test('a missing message shows as [id], never as empty text', async () => {
    const conditions = structuredClone(FIXTURE.list_conditions);
    conditions[0].nameId = 'condition-does-not-exist-name';
    const app = await openApp(env, { overrides: { list_conditions: { resolve: conditions } } });
    const { page, log } = app;
    await startConsultation(page);
    const label = await textOf(page, 'label[for="condition-hip-oa"]');
    assert.equal(label, '[condition-does-not-exist-name]', 'the unknown id is shown in brackets');
    assert.ok(
      log.consoleErrors.some((text) => text.includes('condition-does-not-exist-name')),
      'the missing id is reported with console.error',
    );
    await checkPage(env, app, {
      allowConsoleErrors: [...fixtureMissingIds(), 'missing message "condition-does-not-exist-name"'],
    });
  });
});

describe('accessibility and screenshots', () => {
  for (const locale of ['en-US', 'ar-XB']) {
    test(`axe finds no serious or critical violations (${locale})`, async () => {
      const app = await openApp(env);
      const { page } = app;
      await page.selectOption('#ui-locale', locale);
      await page.waitForFunction((l) => document.documentElement.lang === l, locale);
      const startViolations = await runAxe(page, env.server.origin, `start screen ${locale}`);

      await startConsultation(page, { label: 'Room 4' });
      await chooseStage(page, 'kl-2');
      const conditionViolations = await runAxe(page, env.server.origin, `condition screen ${locale}`);

      for (const [where, violations] of [
        ['start', startViolations],
        ['condition', conditionViolations],
      ]) {
        const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        assert.deepEqual(serious, [], `no serious/critical axe violations on the ${where} screen (${locale})`);
      }
      await checkPage(env, app, { allowConsoleErrors: fixtureMissingIds() });
    });
  }

  test('screenshots of the start screen (en-US, es, ar-XB, en-XA) and condition screen (en-US, ar-XB)', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const app = await openApp(env);
    const { page } = app;
    for (const locale of ['en-US', 'es', 'ar-XB', 'en-XA']) {
      await page.selectOption('#ui-locale', locale);
      await page.waitForFunction((l) => document.documentElement.lang === l, locale);
      await page.screenshot({ path: join(SCREENSHOTS, `start-${locale}.png`), fullPage: true });
    }
    await page.selectOption('#ui-locale', 'en-US');
    await page.evaluate(() => {
      window.__hipaidIpc.overrides.start_consultation = { reject: { code: 'text-too-long', message: 'x' } };
    });
    await page.fill('#patient-label', 'x'.repeat(120));
    await page.click('#start-consultation');
    await page.waitForSelector('#start-error .alert');
    await page.screenshot({ path: join(SCREENSHOTS, 'start-error-en-US.png'), fullPage: true });
    await page.evaluate(() => {
      delete window.__hipaidIpc.overrides.start_consultation;
    });
    await startConsultation(page, { label: 'Room 4', clinician: 'Dr. Ada' });
    await chooseStage(page, 'kl-2');
    await page.screenshot({ path: join(SCREENSHOTS, 'condition-en-US.png'), fullPage: true });
    await page.click('#nav-back');
    await page.selectOption('#ui-locale', 'ar-XB');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await startConsultation(page, { label: 'Room 4', clinician: 'Dr. Ada' });
    await chooseStage(page, 'kl-2');
    await page.screenshot({ path: join(SCREENSHOTS, 'condition-ar-XB.png'), fullPage: true });
    await checkPage(env, app, { allowConsoleErrors: ['[ipc] start_consultation failed', ...fixtureMissingIds()] });
  });
});
