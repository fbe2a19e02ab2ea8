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

function stageOf(conditionId, stageId) {
  const condition = (fixture.list_conditions ?? []).find((c) => c.id === conditionId);
  return condition?.stages?.find((s) => s.id === stageId) ?? null;
}

function answer(cmd, args) {
  const override = state.overrides[cmd];
  if (override) {
    return 'reject' in override ? Promise.reject(clone(override.reject)) : clone(override.resolve);
  }
  if (cmd.startsWith('$') || !(cmd in fixture)) {
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
      state.consultation = { ...state.consultation, conditionId: args.conditionId, stageId: args.stageId };
      return clone(state.consultation);
    case 'end_consultation':
      state.consultation = null;
      return null;
    case 'condition_overview': {
      const overview = clone(fixture.condition_overview);
      if (overview.condition.id !== args.conditionId) {
        return reject('unknown-condition', `no overview for "${args.conditionId}" in the fixture`);
      }
      overview.stage = args.stageId === null ? null : stageOf(args.conditionId, args.stageId);
      if (args.stageId !== null && overview.stage === null) {
        return reject('unknown-stage', `unknown stage "${args.stageId}"`);
      }
      return overview;
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
