// Why: the timeline chart draws times from the content, which come in days, weeks, months or
// years. Converting them to months in one pure function keeps the chart honest and testable: a
// range stays a range, and "unknown" or "none" is never turned into a number.

import type { Span } from './ipc-types';

const MONTHS_PER: Record<'days' | 'weeks' | 'months' | 'years', number> = {
  days: 1 / 30.44,
  weeks: 1 / 4.345,
  months: 1,
  years: 12,
};

/** A span in months as { low, high }, or null when it is unknown or none. */
export function spanMonths(span: Span): { low: number; high: number } | null {
  if (span.kind !== 'range') {
    return null;
  }
  const factor = MONTHS_PER[span.unit];
  return { low: span.low * factor, high: span.high * factor };
}
