// Why: numbers and times reach Fluent messages as typed Fluent variables, so Fluent formats them
// with Intl for the bundle's locale (45, 0.08 in English; 0,08 in Spanish) and plural rules can
// still select on them. The rounding rules for "N out of 100" live here, in one place.

import { FluentDateTime, FluentNumber } from '@fluent/bundle';

/** A count of people, such as the 45 in "45 out of 100 people". */
export function countVar(value: number): FluentNumber {
  // Small fractions (0.08 out of 100) keep two significant digits; larger counts one decimal.
  const options: Intl.NumberFormatOptions =
    value > 0 && value < 1 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 1 };
  return new FluentNumber(value, options);
}

/** A whole number such as a denominator or a time-frame value. */
export function integerVar(value: number): FluentNumber {
  return new FluentNumber(value, { maximumFractionDigits: 0 });
}

/** A moment (RFC 3339 text from the back end) as date and time, or null if it does not parse. */
export function dateTimeVar(iso: string): FluentDateTime | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) {
    return null;
  }
  return new FluentDateTime(ms, { dateStyle: 'medium', timeStyle: 'short' });
}
