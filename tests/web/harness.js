// Why: stands in for the Rust back end in browser tests. It runs before the app's module and
// uses the REAL mockIPC from @tauri-apps/api, so the app's own invoke() path is exercised
// unchanged. Answers come from fixtures/ipc.json (keyed by command name); the consultation
// commands keep a little state, like the real back end. Every call is recorded on
// window.__hipaidIpc.calls, and a test can replace any answer:
//   before load: page.addInitScript(() => { window.__hipaidIpcOverrides = { cmd: {...} } })
//   at any time: window.__hipaidIpc.overrides.cmd = { resolve: value } or { reject: error }
// It also freezes Object.prototype, as Tauri does with "freezePrototype": true.

import { mockIPC } from '/__test__/tauri-api/mocks.js';
import fixture from '/__test__/fixture.js';

const clone = (value) => (value === undefined ? undefined : structuredClone(value));

const state = {
  /** Every command the app sent, in order: { cmd, args }. */
  calls: [],
  /** cmd -> { resolve: value } | { reject: value } */
  overrides: { ...(window.__hipaidIpcOverrides ?? {}) },
  consultation: clone(fixture.current_consultation ?? null),
  /** Content-Security-Policy violations seen by the page. */
  cspViolations: [],
};
window.__hipaidIpc = state;

document.addEventListener('securitypolicyviolation', (event) => {
  state.cspViolations.push({
    directive: event.violatedDirective,
    blocked: event.blockedURI,
    sample: event.sample,
  });
});

function reject(code, message) {
  return Promise.reject({ code, message });
}

/**
 * The fixture's overview for a condition and stage: `condition_overview` when it is that very
 * condition and stage (hip-oa at kl-2, exactly what the back end answers there); otherwise the
 * condition's entry in `condition_overviews` (generated with stage null) with the requested stage
 * filled in; otherwise `condition_overview` for its own condition at any of its stages.
 */
function overviewFor(conditionId, stageId) {
  const exact = fixture.condition_overview;
  const byCondition = fixture.condition_overviews?.[conditionId];
  let overview;
  if (exact && exact.condition.id === conditionId && (exact.stage?.id ?? null) === stageId) {
    overview = clone(exact);
  } else if (byCondition) {
    overview = clone(byCondition);
  } else if (exact && exact.condition.id === conditionId) {
    overview = clone(exact);
  } else {
    return reject('unknown-condition', `no overview for "${conditionId}" in the fixture`);
  }
  overview.stage =
    stageId === null ? null : (overview.condition.stages.find((s) => s.id === stageId) ?? null);
  if (stageId !== null && overview.stage === null) {
    return reject('unknown-stage', `unknown stage "${stageId}"`);
  }
  return overview;
}

/**
 * A small stand-in for Consultation::apply in Rust: sets the field a change names, keeps lists
 * in the order the record keeps them, and refuses what the UI must handle (no condition, more
 * than four compared). The real rules are tested in Rust and in the end-to-end test.
 */
function applyChange(change) {
  const c = state.consultation;
  if (c === null) {
    return reject('no-consultation', 'update_consultation before start_consultation');
  }
  const order = (list, all) => [...list].sort((a, b) => all.indexOf(a) - all.indexOf(b));
  const optionOrder = (fixture.condition_overviews?.[c.conditionId]?.options ?? []).map((o) => o.id);
  const toggle = (list, value, on) => (on ? [...new Set([...list, value])] : list.filter((x) => x !== value));
  const needsCondition = ['set-hidden', 'set-compared', 'set-decision'];
  if (needsCondition.includes(change.change) && c.conditionId === null) {
    return reject('no-condition', `${change.change} before a condition is chosen`);
  }
  switch (change.change) {
    case 'choose-condition':
      Object.assign(c, { conditionId: change.conditionId, stageId: change.stageId });
      break;
    case 'set-hidden':
      c.hiddenOptions = order(toggle(c.hiddenOptions, change.optionId, change.hidden), optionOrder);
      if (change.hidden) {
        c.comparedOptions = c.comparedOptions.filter((o) => o !== change.optionId);
      }
      break;
    case 'set-compared': {
      const ids = [...new Set(change.optionIds)];
      if (ids.length > 4) {
        return reject('too-many-compared', `${ids.length} options; at most 4`);
      }
      c.comparedOptions = order(ids, optionOrder);
      break;
    }
    case 'rate-priority':
      c.priorities = c.priorities.filter((p) => p.priority !== change.priority);
      if (change.importance !== null) {
        c.priorities.push({ priority: change.priority, importance: change.importance });
      }
      break;
    case 'set-priorities-note':
      c.prioritiesNote = change.text?.trim() || null;
      break;
    case 'set-question':
      c.questions = toggle(c.questions, change.question, change.asked);
      break;
    case 'set-own-questions':
      c.ownQuestions = change.text?.trim() || null;
      break;
    case 'answer-sure': {
      const key = { sure: 'sure', understand: 'understand', 'risk-benefit': 'riskBenefit', encouragement: 'encouragement' }[change.item];
      c.sure = { ...c.sure, [key]: change.answer };
      break;
    }
    case 'set-teach-back':
      c.teachBackDone = change.done;
      break;
    case 'set-decision':
      c.decision = change.decision;
      break;
    case 'set-next-step':
      c.nextSteps = toggle(c.nextSteps, change.step, change.on);
      break;
    case 'set-follow-up':
      c.followUp = change.date?.trim() || null;
      break;
    case 'set-clinician-notes':
      c.clinicianNotes = change.text?.trim() || null;
      break;
    default:
      return reject('internal', `unknown change ${change.change}`);
  }
  return clone(c);
}

function answer(cmd, args) {
  const override = state.overrides[cmd];
  if (override) {
    return 'reject' in override ? Promise.reject(clone(override.reject)) : clone(override.resolve);
  }
  // save_summary has no fixture answer: it writes a file; the harness answers it below.
  if (cmd.startsWith('$') || !(cmd in fixture || cmd === 'save_summary' || cmd === 'save_settings')) {
    return reject('internal', `the test fixture has no answer for command "${cmd}"`);
  }
  switch (cmd) {
    case 'start_consultation':
      state.consultation = {
        ...clone(fixture.start_consultation),
        ...clone(args.input),
        conditionId: null,
        stageId: null,
      };
      return clone(state.consultation);
    case 'current_consultation':
      return clone(state.consultation);
    case 'choose_condition':
      if (state.consultation === null) {
        return reject('no-consultation', 'choose_condition before start_consultation');
      }
      state.consultation = {
        ...state.consultation,
        conditionId: args.conditionId,
        stageId: args.stageId,
        comparedOptions: state.consultation.comparedOptions.filter((id) =>
          (fixture.condition_overviews?.[args.conditionId]?.options ?? []).some((o) => o.id === id),
        ),
      };
      return clone(state.consultation);
    case 'update_consultation':
      return applyChange(args.change);
    case 'compare_options': {
      const c = state.consultation;
      if (c === null) {
        return reject('no-consultation', 'compare_options before start_consultation');
      }
      const key = `${c.conditionId}:${c.comparedOptions.join(',')}`;
      const found = fixture.comparisons?.[key];
      return found ? clone(found) : reject('internal', `the fixture has no comparison "${key}"`);
    }
    case 'save_summary': {
      // The real command renders the PDF and shows a save dialog; the browser tests check
      // the button's states and messages. The end-to-end test saves a real PDF.
      const c = state.consultation;
      if (c === null) {
        return reject('no-consultation', 'save_summary before start_consultation');
      }
      if (c.conditionId === null) {
        return reject('no-condition', 'save_summary before choose_condition');
      }
      state.saved = (state.saved ?? 0) + 1;
      return {
        path: `/home/clinic/hip-summary-${c.startedAt.slice(0, 10)}.pdf`,
        pages: 7,
        bytes: 81234,
        opened: state.saved === 1,
      };
    }
    case 'end_consultation':
      state.consultation = null;
      return null;
    case 'get_settings':
      return clone(state.settings ?? fixture.get_settings);
    case 'save_settings':
      // The real command checks and tidies; the browser tests check what the screen does.
      state.settings = clone(args.settings);
      return clone(state.settings);
    case 'condition_overview':
      return overviewFor(args.conditionId, args.stageId);
    case 'format_dates': {
      // The fixture holds what ICU4X wrote for each locale and each date the tests show.
      const known = fixture.format_dates?.[args.locale];
      if (!known) {
        return reject('unknown-locale', `no dates for locale "${args.locale}" in the fixture`);
      }
      const missing = args.dates.filter((d) => !(d in known));
      if (missing.length > 0) {
        return reject('internal', `the fixture has no "${args.locale}" text for ${missing.join(', ')}`);
      }
      return args.dates.map((d) => known[d]);
    }
    default:
      return clone(fixture[cmd]);
  }
}

mockIPC((cmd, args) => {
  state.calls.push({ cmd, args: clone(args ?? {}) });
  return answer(cmd, args ?? {});
});

Object.freeze(Object.prototype);
