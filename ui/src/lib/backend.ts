// Why: the only door to the Rust back end. This is the one module that imports
// @tauri-apps/api, so the rest of the UI depends on typed functions (one per command in
// docs/ipc-contract.md), tests can mock a single seam, and every failure reaches the UI in the
// same shape: an IpcError with a known code.

import { invoke, type InvokeArgs } from '@tauri-apps/api/core';
import type {
  ClinicSettings,
  Comparison,
  ConditionOverview,
  ConditionSummary,
  Consultation,
  ConsultationChange,
  ErrorCode,
  IpcError,
  LocaleInfo,
  OptionName,
  SavedSummary,
  SettingsProblem,
  StartConsultation,
  StorageNotice,
} from './ipc-types';

const ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'unknown-locale',
  'unknown-condition',
  'unknown-stage',
  'text-too-long',
  'invalid-text',
  'no-consultation',
  'no-condition',
  'unknown-option',
  'too-many-compared',
  'decision-needs-option',
  'invalid-date',
  'date-in-past',
  'unsupported-version',
  'summary-failed',
  'save-failed',
  'invalid-settings',
  'settings-not-saved',
  'internal',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** True when `value` has the IpcError shape with a code this UI knows. */
export function isIpcError(value: unknown): value is IpcError {
  return (
    isRecord(value) &&
    typeof value.code === 'string' &&
    typeof value.message === 'string' &&
    ERROR_CODES.has(value.code)
  );
}

/**
 * Turns anything a command rejected with into an IpcError. A value that is not an IpcError
 * (a string from Tauri itself, an Error, an unknown code) becomes code "internal"; the original
 * text is kept in `message`, which is for logs and developers, never for the screen.
 */
export function toIpcError(value: unknown): IpcError {
  if (isIpcError(value)) {
    return { code: value.code, message: value.message };
  }
  if (isRecord(value) && typeof value.code === 'string' && typeof value.message === 'string') {
    return { code: 'internal', message: `${value.code}: ${value.message}` };
  }
  return { code: 'internal', message: String(value) };
}

async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (raw) {
    const error = toIpcError(raw);
    console.error(`[ipc] ${command} failed: ${error.code}: ${error.message}`);
    throw error;
  }
}

export function listLocales(): Promise<LocaleInfo[]> {
  return call<LocaleInfo[]>('list_locales');
}

export function negotiateLocale(requested: readonly string[]): Promise<string> {
  return call<string>('negotiate_locale', { requested: [...requested] });
}

/** Long dates (ISO `YYYY-MM-DD`) in `locale`'s words, by ICU4X, as the summary prints them. */
export function formatDates(locale: string, dates: readonly string[]): Promise<string[]> {
  return call<string[]>('format_dates', { locale, dates: [...dates] });
}

export function listConditions(): Promise<ConditionSummary[]> {
  return call<ConditionSummary[]>('list_conditions');
}

export function conditionOverview(
  conditionId: string,
  stageId: string | null,
): Promise<ConditionOverview> {
  return call<ConditionOverview>('condition_overview', { conditionId, stageId });
}

export function startConsultation(input: StartConsultation): Promise<Consultation> {
  return call<Consultation>('start_consultation', { input });
}

export function currentConsultation(): Promise<Consultation | null> {
  return call<Consultation | null>('current_consultation');
}

export function chooseCondition(conditionId: string, stageId: string | null): Promise<Consultation> {
  return call<Consultation>('choose_condition', { conditionId, stageId });
}

/**
 * What to tell the user about the consultation saved on disk, each notice once: a visit the
 * last run left open ("unfinished"), a file that could not be read ("damaged"), a change
 * that could not be written ("not-saved").
 */
export function storageNotices(): Promise<StorageNotice[]> {
  return call<StorageNotice[]>('storage_notices');
}

export function endConsultation(): Promise<null> {
  return call<null>('end_consultation');
}

/** Applies one change to the consultation; the back end checks it and answers the new record. */
export function updateConsultation(change: ConsultationChange): Promise<Consultation> {
  return call<Consultation>('update_consultation', { change });
}

/** The compared options' benefits and harms, on shared denominators (100 and 1,000). */
export function compareOptions(): Promise<Comparison> {
  return call<Comparison>('compare_options');
}

/**
 * Renders the take-home summary in the patient's language, asks where to save it, saves it
 * and opens it in the PDF viewer for printing. `null` when the clinician cancels the dialog.
 */
export function saveSummary(bilingual: boolean): Promise<SavedSummary | null> {
  return call<SavedSummary | null>('save_summary', { bilingual });
}

/** The clinic settings in force (the defaults until staff save some). */
export function getSettings(): Promise<ClinicSettings> {
  return call<ClinicSettings>('get_settings');
}

/** Every problem with a draft of the settings, field by field (empty: it can be saved). */
export function checkSettings(settings: ClinicSettings): Promise<SettingsProblem[]> {
  return call<SettingsProblem[]>('check_settings', { settings });
}

/** Saves the settings (checked again in Rust); answers them as stored, tidied. */
export function saveSettings(settings: ClinicSettings): Promise<ClinicSettings> {
  return call<ClinicSettings>('save_settings', { settings });
}

/** Every treatment option by name, in content order (the clinic settings list them). */
export function listOptions(): Promise<OptionName[]> {
  return call<OptionName[]>('list_options');
}
