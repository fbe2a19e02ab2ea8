// Why: the steps that show the comparison (compare, visuals, priorities) need the same thing:
// the comparison for the options currently compared, reloaded whenever the record's choice
// changes, and a way to find an outcome's shared-denominator numbers. One place, so the
// three steps cannot disagree.

import type { ComparedOutcome, Comparison, IpcError } from './ipc-types';
import { session } from './session.svelte';

/** Loads the comparison when the compared options change; call inside a component. */
export function useComparison(onError: (error: IpcError | null) => void): void {
  $effect(() => {
    const ids = session.consultation?.comparedOptions ?? [];
    if (ids.length > 0 && session.comparison === null && session.overview !== null) {
      void session.loadComparison().then(onError);
    }
  });
}

/** The shared-denominator version of an outcome, and the denominator it is on. */
export function sharedOutcome(
  comparison: Comparison | null,
  optionId: string,
  outcomeId: string,
): { shared: ComparedOutcome; denominator: number } | null {
  if (!comparison) {
    return null;
  }
  for (const group of [comparison.common, comparison.rare]) {
    const shared = group.outcomes.find((o) => o.optionId === optionId && o.outcomeId === outcomeId);
    if (shared) {
      return { shared, denominator: group.denominator };
    }
  }
  return null;
}
