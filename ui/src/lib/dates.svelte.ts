// Why: dates on screen must read exactly as on the printed summary. The webview's own Intl
// carries an older CLDR than ICU4X in Rust (WebKitGTK on Debian 12: CLDR 42), and wrote some
// long dates differently (Vietnamese "22 tháng 11, 2026" on screen, "22 tháng 11 2026" on
// paper), so long dates come from Rust's `format_dates`, cached per locale. Until the answer
// arrives (a few milliseconds, once per date and locale) or if it fails, Intl's text stands in.

import type { FluentDateTime } from '@fluent/bundle';
import { SvelteMap } from 'svelte/reactivity';
import { formatDates } from './backend';
import { dateVar } from './format';
import { l10n } from './l10n.svelte';

/** Rust's text, by "locale|YYYY-MM-DD" (reactive: a component re-renders when it arrives). */
const fromRust = new SvelteMap<string, string>();
/** Asked for and not answered yet, or refused: never asked again in this session. */
const asked = new Set<string>();

function ask(locale: string, iso: string, key: string): void {
  asked.add(key);
  formatDates(locale, [iso])
    .then(([text]) => {
      if (typeof text === 'string') {
        fromRust.set(key, text);
      }
    })
    .catch(() => {
      // The IPC layer has logged it; Intl's text stays on screen.
    });
}

/**
 * A long date (ISO `YYYY-MM-DD`) in the current UI language, as a Fluent variable: ICU4X's
 * text (as printed) once known, Intl's meanwhile, the ISO text itself if it is not a date.
 */
export function dateArg(iso: string): string | FluentDateTime {
  const locale = l10n.locale;
  const key = `${locale}|${iso}`;
  const known = fromRust.get(key);
  if (known !== undefined) {
    return known;
  }
  const fallback = dateVar(iso);
  if (fallback === null) {
    return iso;
  }
  if (!asked.has(key)) {
    ask(locale, iso, key);
  }
  return fallback;
}
