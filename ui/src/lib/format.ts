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

/** A number that may have one decimal, such as 25.3 in "25.3 out of 100" or a span's 1.5. */
export function decimalVar(value: number): FluentNumber {
  return new FluentNumber(value, { maximumFractionDigits: 1 });
}

/** An average change on a score scale, always with its sign (+6.4, -1.2). */
export function signedVar(value: number): FluentNumber {
  return new FluentNumber(value, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
}

/**
 * The whole number in a price (574 in "$574"). The currency's symbol and its place come from the
 * Fluent message `money` (evidence.ftl), as on paper: Intl's currency style and ICU4X's differ
 * between CLDR versions ("150 USD" or "150 US$" in Polish, "$150" or "$150.00").
 */
export function moneyAmountVar(value: number): FluentNumber {
  return new FluentNumber(value, { maximumFractionDigits: 0 });
}

/**
 * A calendar date given as ISO text (2026-11-22), as a long date in the UI locale. The date is
 * read and shown in UTC, so no time zone can move it to the day before.
 */
export function dateVar(isoDate: string): FluentDateTime | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) {
    return null;
  }
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new FluentDateTime(ms, { dateStyle: 'long', timeZone: 'UTC' });
}
