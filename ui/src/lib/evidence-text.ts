// Why: the words for the numbers of the clinical content, in one place, so the condition and
// option screens say "25 out of 100 people", "3 weeks", "Not known" or "$1,150 to $12,000 per
// injection" the same way. A time that is "unknown" or "none" is said as such, never guessed.
// App words go through t with literal ids; the shared vocabulary in evidence.ftl has ids built
// from data values (span-weeks, certainty-low, ...), so it goes through tid.

import { countVar, decimalVar, integerVar, moneyAmountVar, signedVar } from './format';
import type { Cost, Figure, Frequency, Measure, Span } from './ipc-types';
import { t, tid, type Args } from './l10n.svelte';

/** True when a range is one number (a point estimate). */
export function isPoint(frequency: Frequency): boolean {
  return frequency.low === frequency.high;
}

/** A time: "2 weeks", "1–3 months", "Not known" or "No effect beyond a dummy treatment". */
export function spanText(span: Span): string {
  switch (span.kind) {
    case 'unknown':
      return tid('span-unknown');
    case 'none':
      return tid('span-none');
    default:
      if (span.low === span.high) {
        return tid(`span-${span.unit}`, { low: decimalVar(span.low) });
      }
      return tid(`span-range-${span.unit}`, { low: decimalVar(span.low), high: decimalVar(span.high) });
  }
}

/** "Time frame: 2 months" for an outcome or a figure. */
export function timeframeText(span: Span): string {
  return t('number-timeframe', { span: spanText(span) });
}

/** "68 out of 100 people" or "2 to 5 out of 1,000 people". */
export function peopleText(frequency: Frequency, denominator: number): string {
  if (isPoint(frequency)) {
    return t('number-people', { count: countVar(frequency.low), denominator: integerVar(denominator) });
  }
  return t('number-people-range', {
    low: countVar(frequency.low),
    high: countVar(frequency.high),
    denominator: integerVar(denominator),
  });
}

/** An average change on a score: "Average change of -1.2 points". */
export function scoreText(frequency: Frequency): string {
  if (isPoint(frequency)) {
    return t('number-score', { change: signedVar(frequency.low) });
  }
  return t('number-score-range', { low: signedVar(frequency.low), high: signedVar(frequency.high) });
}

/** What the option's group got, as the main number of an outcome. */
export function measureText(measure: Measure, frequency: Frequency): string {
  return measure.kind === 'people'
    ? peopleText(frequency, measure.denominator)
    : scoreText(frequency);
}

/** The comparison group's result: "24 out of 100 people", "Average change of -0.9 points"
 *  or "Not measured". */
export function comparatorResultText(measure: Measure, frequency: Frequency | null): string {
  if (frequency === null) {
    return t('number-not-measured');
  }
  return measureText(measure, frequency);
}

/** The variables a figure's label may use: the age group of the people counted. */
function figureLabelArgs(figure: Figure): Args {
  const { ageFrom, ageTo } = figure;
  const args: Args = {};
  if (typeof ageFrom === 'number') {
    args.ageFrom = integerVar(ageFrom);
  }
  if (typeof ageTo === 'number') {
    args.ageTo = integerVar(ageTo);
  }
  return args;
}

/** A condition figure as one sentence: "25.3 out of 100 people get ..." or "10,000–20,000 adults ...". */
export function figureText(figure: Figure): string {
  const what = tid(figure.labelId, figureLabelArgs(figure));
  const { value, denominator } = figure;
  if (denominator === null) {
    if (isPoint(value)) {
      return t('condition-figure-count', { count: countVar(value.low), what });
    }
    return t('condition-figure-count-range', { low: countVar(value.low), high: countVar(value.high), what });
  }
  if (isPoint(value)) {
    return t('condition-figure-people', { count: countVar(value.low), denominator: integerVar(denominator), what });
  }
  return t('condition-figure-people-range', {
    low: countVar(value.low),
    high: countVar(value.high),
    denominator: integerVar(denominator),
    what,
  });
}

/** The time frame of a figure; a figure without one was counted at one point in time. */
export function figureTimeframeText(figure: Figure): string {
  return figure.timeframe === null ? t('condition-figure-one-time') : timeframeText(figure.timeframe);
}

/** A price with its currency, "$574" or "574 US$", from the locale's `money` message. */
export function moneyText(value: number, currency: string): string {
  return tid('money', { amount: moneyAmountVar(value), currency });
}

/** "$574 to $700 per injection", or "No reliable price found". */
export function costText(cost: Cost): string {
  if (cost.amount === null) {
    return tid('cost-unknown');
  }
  const per = tid(`cost-per-${cost.per}`);
  if (isPoint(cost.amount)) {
    return t('option-cost-amount', { amount: moneyText(cost.amount.low, cost.currency), per });
  }
  return t('option-cost-range', {
    low: moneyText(cost.amount.low, cost.currency),
    high: moneyText(cost.amount.high, cost.currency),
    per,
  });
}

/** The number of visits: "1 visit", "2 to 3 visits" or "Not known". */
export function visitsText(visits: Frequency | null): string {
  if (visits === null) {
    return t('option-visits-unknown');
  }
  if (isPoint(visits)) {
    return t('option-visits', { count: decimalVar(visits.low) });
  }
  return t('option-visits-range', { low: decimalVar(visits.low), high: decimalVar(visits.high) });
}
