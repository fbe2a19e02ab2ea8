// Why: proves, in a real browser, what the UI promises: text comes from the Fluent files and
// switches language live, right-to-left mirrors the layout, the start -> condition -> option
// flow sends the right IPC commands, the condition screen explains the condition with its
// figures and lists every option in the content's order, the option screen shows every field
// with locale-formatted numbers (benefits and harms, "no reliable data" with its reason, times
// that are not known), the sources of each number are one keyboard press away, the About panel
// shows the document facts, errors are translated and keep what was typed, a missing message
// shows as [id], and axe finds no serious accessibility problem. The back end is the real
// @tauri-apps/api over mockIPC; expected texts come from the .ftl files and the fixture.

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  FIXTURE,
  SCREENSHOTS,
  checkPage,
  chooseStage,
  comparatorResultText,
  content,
  costText,
  dateArg,
  expected,
  figureText,
  figureTimeframeText,
  fixtureMissingIds,
  goStep,
  ipcCalls,
  measureText,
  openApp,
  runAxe,
  setUp,
  spanText,
  squash,
  startConsultation,
  tabTo,
  textOf,
  timeframeText,
} from './helpers.mjs';

let env;

before(async () => {
  env = await setUp();
});

after(async () => {
  await env?.tearDown();
});

/** The fixture's overview of hip-oa at kl-2: what the real back end answers there. */
const OVERVIEW = FIXTURE.condition_overview;

function optionOf(id) {
  const option = OVERVIEW.options.find((o) => o.id === id);
  assert.ok(option, `the fixture's hip-oa kl-2 overview has option ${id}`);
  return option;
}

/**
 * The hip picture: six numbered parts named in the legend, the affected ones marked with a
 * word (not only colour), and a text equivalent that names the affected parts.
 */
async function assertHipPicture(page, locale, affects) {
  const parts = ['bone', 'cartilage', 'labrum', 'tendons-bursa', 'blood-supply', 'joint-lining'];
  const legend = await page.$$eval('#hip-picture-legend li', (els) =>
    els.map((el) => ({ part: el.dataset.part, text: el.textContent.replace(/\s+/g, ' ').trim() })),
  );
  assert.deepEqual(legend.map((l) => l.part), parts, 'every part of the picture is in the legend');
  for (const { part, text } of legend) {
    assert.ok(text.includes(expected(locale, `part-${part}`)), `${part} is named`);
    assert.equal(
      text.includes(expected(locale, 'hip-picture-affected')),
      affects.includes(part),
      `${part}: "affected" is said in words exactly when it is affected`,
    );
  }
  const svg = page.locator('#hip-picture svg[role="img"]');
  const labelledBy = await svg.getAttribute('aria-labelledby');
  const alt = squash(await page.locator(`[id="${labelledBy}"]`).textContent());
  for (const part of affects) {
    assert.ok(alt.includes(expected(locale, `part-${part}`)), `the picture's text names ${part}`);
  }
}

/** From any step, opens the option screen of `optionId` with its card on the options step. */
async function openOption(page, optionId) {
  if ((await page.locator(`#details-${optionId}`).count()) === 0) {
    await goStep(page, 'options');
  }
  await page.click(`#details-${optionId}`);
  await page.waitForSelector(`main.option-page[data-option="${optionId}"]`);
}

/** The whole way from a fresh app to the option screen of `optionId` (hip-oa, kl-2). */
async function gotoOption(page, optionId, { locale } = {}) {
  if (locale) {
    await page.selectOption('#ui-locale', locale);
    await page.waitForFunction((l) => document.documentElement.lang === l, locale);
  }
  await startConsultation(page, { label: 'Room 4' });
  await chooseStage(page, 'kl-2');
  await openOption(page, optionId);
}

/**
 * Checks every outcome of an option as the option screen shows it: in the benefits or the harms
 * column, kind in words, what is counted, the number formatted for the locale, the comparison
 * group and its number (or "not measured"), the time frame, the certainty in words, the note,
 * and for "no reliable data" the reason, in place of numbers.
 */
async function assertOutcomes(page, locale, option) {
  for (const outcome of option.outcomes) {
    const column = outcome.kind === 'benefit' ? '#option-benefits' : '#option-harms';
    const item = page.locator(`${column} [data-outcome="${outcome.id}"]`);
    const where = `${locale} ${option.id} ${outcome.id}`;
    assert.equal(await item.count(), 1, `${where}: shown once, in the ${outcome.kind} column`);
    assert.equal(
      squash(await item.locator('.outcome-kind').textContent()),
      expected(locale, outcome.kind === 'benefit' ? 'option-outcome-benefit' : 'option-outcome-harm'),
      `${where}: benefit or harm is said in words, not only with colour`,
    );
    assert.equal(squash(await item.locator('.outcome-label').textContent()), squash(content(locale, outcome.labelId)));
    const evidence = outcome.evidence;
    if (evidence.kind === 'numbers') {
      assert.equal(
        squash(await item.locator('.frequency').textContent()),
        squash(measureText(locale, evidence.measure, evidence.withOption)),
        `${where}: the number, formatted for ${locale}`,
      );
      if (evidence.measure.kind === 'score') {
        assert.equal(
          squash(await item.locator('.scale-name').textContent()),
          squash(expected(locale, 'number-scale', { scale: content(locale, evidence.measure.nameId) })),
          `${where}: the score's scale is named`,
        );
      }
      assert.equal(
        squash(await item.locator('.comparator-group').textContent()),
        squash(content(locale, evidence.comparator.labelId)),
        `${where}: compared with what`,
      );
      assert.equal(
        squash(await item.locator('.comparator-result').textContent()),
        squash(comparatorResultText(locale, evidence.measure, evidence.comparator.frequency)),
        `${where}: the comparison group's number, or "not measured"`,
      );
      assert.equal(
        squash(await item.locator('.timeframe').textContent()),
        squash(timeframeText(locale, evidence.timeframe)),
        `${where}: time frame`,
      );
      assert.equal(
        squash(await item.locator('.certainty-words').textContent()),
        squash(expected(locale, `certainty-${evidence.certainty}`)),
        `${where}: certainty in words`,
      );
    } else {
      assert.equal(await item.locator('.frequency').count(), 0, `${where}: no number is made up`);
      assert.equal(
        squash(await item.locator('.no-data-title').textContent()),
        squash(expected(locale, 'option-outcome-no-data')),
      );
      assert.equal(
        squash(await item.locator('.no-data-reason').textContent()),
        squash(content(locale, evidence.reasonId)),
        `${where}: the reason there are no reliable numbers`,
      );
    }
    if (outcome.noteId) {
      assert.equal(squash(await item.locator('.outcome-note').textContent()), squash(content(locale, outcome.noteId)));
    }
    assert.equal(
      await item.locator('.sources-toggle').count(),
      outcome.sourceIds.length > 0 ? 1 : 0,
      `${where}: a Sources button next to the number`,
    );
  }
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
    const optionText = (l) => {
      if (l.pseudo) {
        return l.id;
      }
      if (l.translation.status === 'draft') {
        return squash(expected('en-US', 'start-locale-draft', { name: l.nativeName })).replace(/[\u2068\u2069]/g, '');
      }
      return l.nativeName;
    };
    assert.deepEqual(
      options,
      FIXTURE.list_locales.map((l) => ({ value: l.id, text: optionText(l) })),
      'the UI language options are list_locales: real ones by native name, drafts marked, pseudo ones by id',
    );
    assert.ok(
      FIXTURE.list_locales.some((l) => l.translation.status === 'draft'),
      'the fixture has draft translations to mark',
    );
    // A draft patient language is explained under its picker, in words.
    const draft = FIXTURE.list_locales.find((l) => !l.pseudo && l.translation.status === 'draft');
    await page.selectOption('#patient-locale', draft.id);
    assert.equal(
      await textOf(page, '#patient-locale-status'),
      `! ${squash(expected('en-US', 'start-locale-draft-notice'))}`,
      'a draft translation is never hidden',
    );
    await page.selectOption('#patient-locale', 'en-US');
    assert.equal(await textOf(page, '#patient-locale-status'), '', 'the source text needs no notice');
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
  test('start sends start_consultation, then the condition screen explains hip-oa at kl-2', async () => {
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
      'list_conditions gives the hip-oa radio, named from the content messages',
    );
    assert.equal(await page.locator('#condition-group legend').count(), 1, 'the radio group has a legend');

    await page.check('#condition-hip-oa');
    await page.waitForSelector('#stage-kl-1');
    const stageLabels = await page.$$eval('#stage-group label', (els) => els.map((el) => el.textContent.trim()));
    assert.deepEqual(stageLabels, [
      ...OVERVIEW.condition.stages.map((s) => content('en-US', s.nameId)),
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

    // The condition and the stage, explained.
    const condition = OVERVIEW.condition;
    assert.equal(await textOf(page, '#condition-about-heading'), squash(content('en-US', condition.nameId)));
    assert.equal(await textOf(page, '#condition-summary'), squash(content('en-US', condition.summaryId)));
    assert.equal(await textOf(page, '#condition-stage .stage-name'), squash(content('en-US', OVERVIEW.stage.nameId)));
    assert.match(await textOf(page, '#condition-stage'), new RegExp(escape(squash(content('en-US', OVERVIEW.stage.descriptionId)))));
    await assertHipPicture(page, 'en-US', condition.affects);
    assert.equal(await textOf(page, '#condition-diagnosis p'), squash(content('en-US', condition.diagnosisId)));
    assert.equal(await textOf(page, '#how-common-heading'), expected('en-US', 'figure-topic-how-common'));

    // Every figure, in its topic's list, as words and digits with time frame and certainty:
    // how common on this step, the natural course on the next one.
    const figuresOn = async (topic) => {
      for (const figure of condition.figures.filter((f) => f.topic === topic)) {
      const item = page.locator(`#figures-${figure.topic} [data-figure="${figure.id}"]`);
      assert.equal(await item.count(), 1, `${figure.id} is listed under ${figure.topic}`);
      assert.equal(squash(await item.locator('.figure-text').textContent()), squash(figureText('en-US', figure)));
      assert.equal(squash(await item.locator('.timeframe').textContent()), squash(figureTimeframeText('en-US', figure)));
      assert.equal(
        squash(await item.locator('.certainty-words').textContent()),
        expected('en-US', `certainty-${figure.certainty}`),
      );
      assert.equal(await item.locator('button.sources-toggle[aria-expanded="false"]').count(), 1, `${figure.id} has Sources`);
      }
    };
    await figuresOn('how-common');
    const perThousand = condition.figures.find((f) => f.denominator === 1000 && f.topic === 'how-common');
    if (perThousand) {
      assert.match(
        await textOf(page, `[data-figure="${perThousand.id}"] .figure-text`),
        /out of \u2068?1,000\u2069? people/,
        'a per-1,000 figure is written with a grouping comma in en-US',
      );
    }

    await page.click('#step-next');
    await page.waitForSelector('#step-course-page');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'Next puts focus on the new step heading');
    assert.equal(await textOf(page, '#natural-course-heading'), expected('en-US', 'figure-topic-natural-course'));
    assert.equal(await textOf(page, '#condition-course'), squash(content('en-US', condition.courseId)));
    await figuresOn('natural-course');
    // (a) Every option that applies at kl-2, in the content's order, with no ranking.
    await goStep(page, 'options');
    const cards = await page.$$eval('article.option-card', (els) => els.map((el) => el.dataset.option));
    assert.deepEqual(cards, OVERVIEW.options.map((o) => o.id), 'one card per option, in content order');
    for (const option of OVERVIEW.options) {
      const card = page.locator(`article.option-card[data-option="${option.id}"]`);
      assert.equal(squash(await card.locator('.option-card-name').textContent()), squash(content('en-US', option.nameId)));
      assert.equal(squash(await card.locator('.option-kind').textContent()), expected('en-US', `kind-${option.kind}`));
      assert.equal(squash(await card.locator('.option-summary').textContent()), squash(content('en-US', option.summaryId)));
      assert.match(squash(await card.locator('.option-fits').textContent()), new RegExp(escape(squash(content('en-US', option.appliesId)))));
      assert.equal(
        squash(await card.locator('.certainty-words').textContent()),
        expected('en-US', `certainty-${option.certainty}`),
      );
      assert.equal(squash(await card.locator('button.details-button').textContent()), expected('en-US', 'condition-card-details'));
      assert.equal(
        await card.locator('button.details-button').getAttribute('aria-label'),
        expected('en-US', 'condition-card-details', { option: content('en-US', option.nameId) }, 'aria-label'),
      );
    }
    const screenText = await page.locator('main').textContent();
    for (const stance of ['stance-strong-for', 'stance-for']) {
      assert.ok(!screenText.includes(expected('en-US', stance)), `no "${expected('en-US', stance)}" badge on the cards`);
    }

    await page.click('#step-start');
    await page.waitForSelector('#start-consultation');
    assert.equal(await page.inputValue('#patient-label'), '  Room 4 ', 'the start step keeps what was typed');
    await checkPage(env, app, { allowConsoleErrors: fixtureMissingIds() });
  });

  test('the option screen shows every field of steroid-injection, and Back returns to its card', async () => {
    const app = await openApp(env);
    const { page } = app;
    await gotoOption(page, 'steroid-injection');
    const option = optionOf('steroid-injection');
    const callsBefore = (await ipcCalls(page, 'condition_overview')).length;

    assert.equal(await page.evaluate(() => document.activeElement.id), 'option-heading', 'focus moves to the h1');
    assert.equal(await textOf(page, 'h1'), squash(content('en-US', option.nameId)));
    assert.equal(
      await textOf(page, '#option-context'),
      squash(
        expected('en-US', 'option-for-condition-stage', {
          condition: content('en-US', OVERVIEW.condition.nameId),
          stage: content('en-US', OVERVIEW.stage.nameId),
        }),
      ),
    );
    assert.equal(
      await textOf(page, '#option-back'),
      squash(expected('en-US', 'nav-back-step', { step: expected('en-US', 'consult-step-options') })),
      'the Back button says where it goes',
    );
    assert.match(await textOf(page, '#option-what'), new RegExp(escape(squash(content('en-US', option.summaryId)))));
    assert.match(await textOf(page, '#option-fits'), new RegExp(escape(squash(content('en-US', option.appliesId)))));
    assert.deepEqual(
      await page.$$eval('#option-steps li', (els) => els.map((el) => el.textContent.replace(/\s+/g, ' ').trim())),
      option.procedure.stepIds.map((id) => squash(content('en-US', id))),
      'the steps, as an ordered list in order',
    );
    assert.equal(await page.locator('ol#option-steps').count(), 1);
    assert.match(await textOf(page, '#option-procedure'), new RegExp(escape(squash(expected('en-US', `guidance-${option.procedure.guidance}`)))));
    assert.match(await textOf(page, '#option-procedure'), new RegExp(escape(squash(expected('en-US', `anaesthesia-${option.procedure.anaesthesia}`)))));
    assert.equal(await textOf(page, '#option-time-off'), squash(spanText('en-US', option.procedure.timeOff)));
    for (const key of ['onset', 'peak', 'lasts', 'recovery']) {
      assert.equal(await textOf(page, `#timeline-${key}`), squash(spanText('en-US', option.timeline[key])), `timeline ${key}`);
    }

    // (b) Benefits and harms, with the fixture's numbers formatted for en-US.
    await assertOutcomes(page, 'en-US', option);
    const septic = option.outcomes.find((o) => o.id === 'steroid-septic-arthritis');
    if (septic) {
      assert.match(await textOf(page, '[data-outcome="steroid-septic-arthritis"] .frequency'), /0\.8/, 'en-US uses a decimal point');
    }
    const score = option.outcomes.find((o) => o.evidence.kind === 'numbers' && o.evidence.measure.kind === 'score');
    if (score) {
      assert.match(
        await textOf(page, `[data-outcome="${score.id}"] .frequency`),
        /[-\u2212]\d/,
        'an average change keeps its sign',
      );
    }
    const [benefitsBox, harmsBox] = await boxes(page, '#option-benefits', '#option-harms');
    assert.ok(Math.abs(benefitsBox.y - harmsBox.y) < 2 && harmsBox.x > benefitsBox.x, 'wide screen: benefits and harms side by side');
    assert.ok(Math.abs(benefitsBox.width - harmsBox.width) < 2, 'the two columns have the same width');

    // Repeats, cost, guidelines, approval, factors.
    assert.match(await textOf(page, '#option-repeats'), new RegExp(escape(expected('en-US', `repeats-allowed-${option.repeats.allowed}`))));
    assert.equal(await textOf(page, '#repeats-gap'), squash(spanText('en-US', option.repeats.minGap)));
    assert.equal(await textOf(page, '#cost-amount'), squash(costText('en-US', option.cost)));
    assert.match(await textOf(page, '#option-cost'), new RegExp(escape(expected('en-US', `insurance-${option.cost.insurance}`))));
    const guidelines = await page.$$eval('#option-guidelines li.guideline', (els) =>
      els.map((el) => ({ name: el.querySelector('.guideline-name').textContent.trim(), stance: el.querySelector('.stance').textContent.trim() })),
    );
    assert.deepEqual(
      guidelines,
      option.guidelines.map((g) => ({ name: squash(content('en-US', g.nameId)), stance: expected('en-US', `stance-${g.stance}`) })),
      'each guideline position: name and stance',
    );
    assert.match(await textOf(page, '#option-regulatory'), new RegExp(escape(expected('en-US', `regulatory-${option.regulatory.status}`))));
    assert.deepEqual(
      await page.$$eval('#option-factors li[data-factor] > p', (els) => els.map((el) => el.textContent.replace(/\s+/g, ' ').trim())),
      option.factors.map((f) => squash(content('en-US', f.textId))),
    );
    assert.equal(await page.locator('#option-claims').count(), 0, 'no claims section for an option without claims');

    // Back: the options step again, focus on this option's button, no new request.
    await page.click('#option-back');
    await page.waitForSelector('article.option-card');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'details-steroid-injection');
    assert.equal((await ipcCalls(page, 'condition_overview')).length, callsBefore, 'Back needs no new request');
    await checkPage(env, app, { allowConsoleErrors: fixtureMissingIds() });
  });

  test('in es, the option screen numbers are formatted for es (0,8) and the chrome is Spanish', async () => {
    const app = await openApp(env, { locale: 'es', overrides: { negotiate_locale: { resolve: 'es' } } });
    const { page } = app;
    await gotoOption(page, 'steroid-injection');
    const option = optionOf('steroid-injection');
    await assertOutcomes(page, 'es', option);
    assert.equal(await textOf(page, '#option-outcomes-heading'), expected('es', 'option-outcomes-heading'));
    if (option.outcomes.some((o) => o.id === 'steroid-septic-arthritis')) {
      assert.match(await textOf(page, '[data-outcome="steroid-septic-arthritis"] .frequency'), /0,8/, 'Spanish uses a decimal comma');
    }
    await checkPage(env, app, { allowConsoleErrors: fixtureMissingIds() });
  });

  test('(c) a no-reliable-data outcome shows its reason, plainly', async () => {
    const option = OVERVIEW.options.find((o) => o.outcomes.some((x) => x.evidence.kind === 'no-reliable-data'));
    assert.ok(option, 'the fixture has a no-reliable-data outcome at hip-oa kl-2');
    const outcome = option.outcomes.find((x) => x.evidence.kind === 'no-reliable-data');
    const app = await openApp(env);
    const { page } = app;
    await gotoOption(page, option.id);
    const item = page.locator(`[data-outcome="${outcome.id}"]`);
    const reason = item.locator('.no-data-reason');
    assert.equal(squash(await reason.textContent()), squash(content('en-US', outcome.evidence.reasonId)));
    assert.ok(await reason.isVisible(), 'the reason is visible, not hidden behind a control');
    assert.ok(await item.locator('.no-data-title').isVisible());
    const weight = await reason.evaluate((el) => Number(getComputedStyle(el).fontWeight));
    assert.ok(weight >= 600, 'the reason is shown prominently');
    await checkPage(env, app, { allowConsoleErrors: fixtureMissingIds() });
  });

  test('(d) a time that is "unknown" reads span-unknown, and "none" reads span-none', async () => {
    const keys = ['onset', 'peak', 'lasts', 'recovery'];
    const unknown = OVERVIEW.options.find((o) => keys.some((k) => o.timeline[k].kind === 'unknown'));
    assert.ok(unknown, 'the fixture has an option with an unknown time');
    const app = await openApp(env);
    const { page } = app;
    await gotoOption(page, unknown.id);
    for (const key of keys.filter((k) => unknown.timeline[k].kind === 'unknown')) {
      assert.equal(await textOf(page, `#timeline-${key}`), expected('en-US', 'span-unknown'), `${unknown.id} ${key}`);
    }
    const none = OVERVIEW.options.find((o) => keys.some((k) => o.timeline[k].kind === 'none'));
    if (none) {
      await page.click('#option-back');
      await page.waitForSelector(`#details-${none.id}`);
      await openOption(page, none.id);
      for (const key of keys.filter((k) => none.timeline[k].kind === 'none')) {
        assert.equal(await textOf(page, `#timeline-${key}`), expected('en-US', 'span-none'), `${none.id} ${key}`);
      }
    }
    await checkPage(env, app, { allowConsoleErrors: fixtureMissingIds() });
  });

  test('a clinic-sold option shows the claims with answers and the "before you pay" card', async () => {
    const claims = OVERVIEW.claims;
    const option = OVERVIEW.options.find((o) => claims.some((c) => c.options.includes(o.id)));
    assert.ok(option, 'the fixture has claims about an option at hip-oa kl-2');
    const app = await openApp(env);
    const { page } = app;
    await gotoOption(page, option.id);
    const mine = claims.filter((c) => c.options.includes(option.id));
    assert.deepEqual(
      await page.$$eval('#option-claims li.claim', (els) => els.map((el) => el.dataset.claim)),
      mine.map((c) => c.id),
    );
    for (const claim of mine) {
      const text = await textOf(page, `[data-claim="${claim.id}"]`);
      assert.ok(text.includes(squash(content('en-US', claim.claimId))), `${claim.id}: the claim`);
      assert.ok(text.includes(squash(content('en-US', claim.answerId))), `${claim.id}: what the evidence says`);
    }
    const items = OVERVIEW.payCard.filter((p) => p.options.includes(option.id));
    assert.deepEqual(
      (await page.$$eval('#option-pay-card [data-pay-card]', (els) => els.map((el) => el.dataset.payCard))).sort(),
      items.map((p) => p.id).sort(),
      'every pay-card item for this option',
    );
    if (option.cost.amount) {
      assert.equal(await textOf(page, '#cost-amount'), squash(costText('en-US', option.cost)), 'a price from the money message');
    }
    await checkPage(env, app, { allowConsoleErrors: fixtureMissingIds() });
  });

  test('(e) keyboard only: Tab to a number\'s Sources button, Enter shows its DOI, PMID or URL', async () => {
    const app = await openApp(env);
    const { page } = app;
    await startConsultation(page, { label: 'Room 4' });
    await chooseStage(page, 'kl-2');
    await goStep(page, 'options');
    await page.evaluate(() => document.querySelector('h1').focus());
    await tabTo(page, '#details-steroid-injection');
    await page.keyboard.press('Enter');
    await page.waitForSelector('main.option-page[data-option="steroid-injection"]');
    const option = optionOf('steroid-injection');
    const outcome = option.outcomes.find((o) => o.evidence.kind === 'numbers' && o.sourceIds.length > 0);
    const button = `[data-outcome="${outcome.id}"] button.sources-toggle`;
    await tabTo(page, button);
    const ring = await page.evaluate(() => ({
      style: getComputedStyle(document.activeElement).outlineStyle,
      width: parseFloat(getComputedStyle(document.activeElement).outlineWidth),
    }));
    assert.ok(ring.style !== 'none' && ring.width >= 2, 'the Sources button shows a visible focus ring');
    assert.equal(await page.getAttribute(button, 'aria-expanded'), 'false');
    const panelId = await page.getAttribute(button, 'aria-controls');
    const panel = page.locator(`[id="${panelId}"]`);
    assert.equal(await panel.isVisible(), false, 'the panel starts closed');

    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute(button, 'aria-expanded'), 'true');
    assert.ok(await panel.isVisible(), 'Enter opens the panel');
    const reference = OVERVIEW.references.find((r) => r.id === outcome.sourceIds[0]);
    const panelText = squash(await panel.textContent());
    assert.ok(panelText.includes(squash(reference.citation)), 'the citation is shown');
    assert.ok(panelText.includes(expected('en-US', `study-type-${reference.studyType}`)), 'the study type is shown');
    assert.ok(panelText.includes(String(reference.year)), 'the year is shown');
    for (const address of [reference.doi, reference.pmid, reference.url].filter(Boolean)) {
      assert.ok(panelText.includes(address), `the address ${address} is shown as text`);
    }
    assert.equal(await panel.locator('a').count(), 0, 'no links: the app opens nothing');
    const selectable = await panel.locator('.address').first().evaluate((el) => getComputedStyle(el).userSelect);
    assert.notEqual(selectable, 'none', 'the address can be selected and copied');

    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute(button, 'aria-expanded'), 'false', 'Enter again closes it');
    assert.equal(await panel.isVisible(), false);
    await checkPage(env, app, { allowConsoleErrors: fixtureMissingIds() });
  });

  test('(f) About this information shows the version and dates in the UI locale, on both screens', async () => {
    const facts = OVERVIEW.document;
    for (const locale of ['en-US', 'es']) {
      const app = await openApp(env, { locale, overrides: { negotiate_locale: { resolve: locale } } });
      const { page } = app;
      await startConsultation(page, { label: 'Room 4' });
      await chooseStage(page, 'kl-2');
      await goStep(page, 'options');
      for (const where of ['options', 'option']) {
        if (where === 'option') {
          await openOption(page, 'exercise');
        }
        const toggle = page.locator('#about-toggle');
        assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
        assert.equal(await page.locator('#about-version').isVisible(), false, 'closed at first');
        await toggle.click();
        assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
        assert.equal(await textOf(page, '#about-version'), squash(expected(locale, 'about-version', { version: facts.contentVersion })));
        assert.equal(
          await textOf(page, '#about-last-reviewed'),
          squash(expected(locale, 'about-last-reviewed', { date: dateArg(facts.lastReviewed, locale) })),
          `${locale} ${where}: the last-reviewed date, formatted for ${locale}`,
        );
        assert.equal(
          await textOf(page, '#about-next-review'),
          squash(expected(locale, 'about-next-review', { date: dateArg(facts.nextReview, locale) })),
        );
        const body = squash(await page.locator('.about-body').textContent());
        for (const id of [facts.decisionId, facts.purposeId, facts.fundingId, facts.conflictsId, facts.authorsId, facts.notAdviceId]) {
          assert.ok(body.includes(squash(content(locale, id))), `${where}: ${id}`);
        }
        assert.ok(body.includes(squash(content(locale, facts.updatePolicyId, { next: dateArg(facts.nextReview, locale) }))), 'update policy with the date');
      }
      await checkPage(env, app, { allowConsoleErrors: fixtureMissingIds() });
    }
  });
});

/** Page-relative boxes of several elements, measured at the same moment. */
function boxes(page, ...selectors) {
  return page.evaluate(
    (list) =>
      list.map((selector) => {
        const rect = document.querySelector(selector).getBoundingClientRect();
        return { x: rect.x + window.scrollX, y: rect.y + window.scrollY, width: rect.width, height: rect.height };
      }),
    selectors,
  );
}

/** A string as a RegExp that matches it literally. */
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


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
    await page.waitForSelector('#condition-stage');
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
      waitFor: '#condition-stage',
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
    await page.click('#step-start');
    await page.waitForSelector('#start-consultation');
    assert.equal(await page.inputValue('#patient-label'), 'consultorio 4', 'the start step shows the saved label');
    assert.equal(await page.inputValue('#ui-locale'), 'es');
    await checkPage(env, app, { allowConsoleErrors: fixtureMissingIds() });
  });
});

describe('a consultation saved on disk', () => {
  test('a visit left open by a crash is offered on the start screen: go on with it or start anew', async () => {
    const open = {
      ...FIXTURE.start_consultation,
      uiLocale: 'vi',
      patientLocale: 'vi',
      patientLabel: 'Phòng 2',
      conditionId: 'hip-oa',
      stageId: 'kl-2',
    };
    const app = await openApp(env, {
      overrides: {
        current_consultation: { resolve: open },
        storage_notices: { resolve: ['unfinished'] },
      },
      waitFor: '#start-unfinished',
    });
    const { page } = app;
    assert.equal(await textOf(page, '#start-unfinished'), squash(expected('vi', 'start-notice-unfinished')));
    assert.equal(await page.inputValue('#patient-label'), 'Phòng 2', 'the saved label is back');
    assert.equal(await textOf(page, '#continue-consultation'), squash(expected('vi', 'start-continue')));
    await page.click('#continue-consultation');
    await page.waitForSelector('#condition-stage');
    assert.equal(await page.isChecked('#stage-kl-2'), true, 'going on opens the saved answers');
    await checkPage(env, app, { allowConsoleErrors: fixtureMissingIds() });
  });

  test('a damaged file and a failed save are said in words, in the UI language', async () => {
    const app = await openApp(env, {
      locale: 'es',
      overrides: { negotiate_locale: { resolve: 'es' }, storage_notices: { resolve: ['damaged'] } },
      waitFor: '#start-damaged',
    });
    const { page } = app;
    assert.equal(await textOf(page, '#start-damaged'), squash(expected('es', 'start-notice-damaged')));
    assert.equal(await page.$('#start-unfinished'), null, 'nothing to go on with');
    await page.evaluate(() => {
      window.__hipaidIpc.overrides.storage_notices = { resolve: ['not-saved'] };
    });
    await startConsultation(page, { label: 'Sala 1' });
    await chooseStage(page, 'kl-2');
    await page.waitForSelector('#not-saved');
    assert.equal(await textOf(page, '#not-saved'), squash(expected('es', 'app-not-saved')));
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


describe('accessibility, layout and screenshots', () => {
  /** Opens every Sources panel in `scope` and the About panel, so axe checks them too. */
  async function openPanels(page, scope) {
    await page.evaluate((s) => {
      for (const button of document.querySelectorAll(`${s} button.sources-toggle[aria-expanded="false"]`)) {
        button.click();
      }
      document.querySelector('#about-toggle[aria-expanded="false"]')?.click();
    }, scope);
  }

  function serious(violations) {
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }

  for (const locale of ['en-US', 'ar-XB']) {
    test(`(g) axe finds no serious or critical violations (${locale})`, async () => {
      const app = await openApp(env);
      const { page } = app;
      await page.selectOption('#ui-locale', locale);
      await page.waitForFunction((l) => document.documentElement.lang === l, locale);
      const startViolations = await runAxe(page, env.server.origin, `start screen ${locale}`);

      await startConsultation(page, { label: 'Room 4' });
      await chooseStage(page, 'kl-2');
      await openPanels(page, '#condition-about');
      const conditionViolations = await runAxe(page, env.server.origin, `condition screen ${locale}`);

      await openOption(page, 'steroid-injection');
      await openPanels(page, '#option-outcomes');
      const optionViolations = await runAxe(page, env.server.origin, `option screen ${locale}`);

      await page.click('#option-back');
      await page.waitForSelector('#details-stem-cell-injection');
      const optionsViolations = await runAxe(page, env.server.origin, `options step ${locale}`);
      await openOption(page, 'stem-cell-injection');
      await openPanels(page, '#option-claims');
      const cellsViolations = await runAxe(page, env.server.origin, `option screen (claims) ${locale}`);

      for (const [where, violations] of [
        ['start', startViolations],
        ['condition', conditionViolations],
        ['option', optionViolations],
        ['option with claims', cellsViolations],
        ['options', optionsViolations],
      ]) {
        assert.deepEqual(serious(violations), [], `no serious/critical axe violations on the ${where} screen (${locale})`);
      }
      await checkPage(env, app, { allowConsoleErrors: fixtureMissingIds() });
    });
  }

  test('headings go down one level at a time on the condition and option screens', async () => {
    const app = await openApp(env);
    const { page } = app;
    await startConsultation(page);
    await chooseStage(page, 'kl-2');
    const levels = () =>
      page.$$eval('h1, h2, h3, h4, h5, h6', (els) => els.map((el) => Number(el.tagName.slice(1))));
    for (const where of ['condition', 'option']) {
      if (where === 'option') {
        await openOption(page, 'stem-cell-injection');
      }
      const found = await levels();
      assert.equal(found[0], 1, `${where}: starts with one h1`);
      assert.equal(found.filter((l) => l === 1).length, 1, `${where}: exactly one h1`);
      found.forEach((level, i) => {
        if (i > 0) {
          assert.ok(level <= found[i - 1] + 1, `${where}: no heading level is skipped (${found.slice(0, i + 1).join(',')})`);
        }
      });
    }
    await checkPage(env, app, { allowConsoleErrors: fixtureMissingIds() });
  });

  test('ar-XB mirrors the option screen; large text and narrow windows do not break it', async () => {
    const app = await openApp(env);
    const { page } = app;
    await gotoOption(page, 'steroid-injection', { locale: 'ar-XB' });
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    const [benefits, harms] = await boxes(page, '#option-benefits', '#option-harms');
    assert.ok(benefits.x > harms.x, 'rtl: benefits (first) sit on the right, harms on the left');
    const back = await page.locator('#option-back').boundingBox();
    assert.ok(back.x < page.viewportSize().width / 2, 'rtl: the Back button (at the end) is on the left');

    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `200% text: no sideways scrolling (${overflow}px)`);
    const stacked = await boxes(page, '#option-benefits', '#option-harms');
    assert.ok(stacked[1].y > stacked[0].y + stacked[0].height - 1, '200% text: harms stack under benefits');

    await page.evaluate(() => {
      document.documentElement.style.fontSize = '';
    });
    await page.setViewportSize({ width: 600, height: 900 });
    const narrow = await boxes(page, '#option-benefits', '#option-harms');
    assert.ok(narrow[1].y > narrow[0].y, 'narrow window: harms stack under benefits');
    const narrowOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(narrowOverflow <= 1, `narrow window: no sideways scrolling (${narrowOverflow}px)`);
    await checkPage(env, app, { allowConsoleErrors: fixtureMissingIds() });
  });

  test('(h) screenshots: start (4 locales), condition and option screens (en-US, ar-XB, en-US at 200%)', async () => {
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

    for (const [locale, suffix, scale] of [
      ['en-US', 'en-US', ''],
      ['ar-XB', 'ar-XB', ''],
      ['en-US', 'en-US-200', '200%'],
    ]) {
      if ((await page.locator('#step-start').count()) > 0) {
        await page.click('#step-start');
      }
      await page.waitForSelector('#start-consultation');
      await page.selectOption('#ui-locale', locale);
      await page.waitForFunction((l) => document.documentElement.lang === l, locale);
      await page.evaluate((size) => {
        document.documentElement.style.fontSize = size;
      }, scale);
      await startConsultation(page, { label: 'Room 4', clinician: 'Dr. Ada' });
      await chooseStage(page, 'kl-2');
      await page.locator('#condition-diagnosis button.sources-toggle').click();
      await page.screenshot({ path: join(SCREENSHOTS, `condition-${suffix}.png`), fullPage: true });
      await openOption(page, 'steroid-injection');
      await page.locator('#option-benefits button.sources-toggle').first().click();
      await page.locator('#about-toggle').click();
      await page.screenshot({ path: join(SCREENSHOTS, `option-${suffix}.png`), fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `${suffix}: the option screen does not scroll sideways (${overflow}px)`);
      await page.click('#option-back');
      await page.waitForSelector('#step-start');
    }
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '';
    });
    await checkPage(env, app, { allowConsoleErrors: ['[ipc] start_consultation failed', ...fixtureMissingIds()] });
  });
});
