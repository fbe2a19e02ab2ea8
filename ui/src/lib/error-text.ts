// Why: maps an IPC error code to its Fluent message. Each code has its own call of t with the
// literal id (error-<code>), so the id scan finds every error message, and TypeScript insists
// that a new ErrorCode gets a message here. The developer `message` is never shown.

import type { ErrorCode, IpcError } from './ipc-types';
import { t } from './l10n.svelte';

const ERROR_TEXT: Record<ErrorCode, () => string> = {
  'unknown-locale': () => t('error-unknown-locale'),
  'unknown-condition': () => t('error-unknown-condition'),
  'unknown-stage': () => t('error-unknown-stage'),
  'text-too-long': () => t('error-text-too-long'),
  'invalid-text': () => t('error-invalid-text'),
  'no-consultation': () => t('error-no-consultation'),
  'no-condition': () => t('error-no-condition'),
  'unknown-option': () => t('error-unknown-option'),
  'too-many-compared': () => t('error-too-many-compared'),
  'decision-needs-option': () => t('error-decision-needs-option'),
  'invalid-date': () => t('error-invalid-date'),
  'date-in-past': () => t('error-date-in-past'),
  'unsupported-version': () => t('error-unsupported-version'),
  'summary-failed': () => t('error-summary-failed'),
  'save-failed': () => t('error-save-failed'),
  'invalid-settings': () => t('error-invalid-settings'),
  'settings-not-saved': () => t('error-settings-not-saved'),
  internal: () => t('error-internal'),
};

/** The translated, user-facing text for an error. */
export function errorText(error: IpcError): string {
  const text = ERROR_TEXT[error.code] ?? ERROR_TEXT.internal;
  return text();
}
