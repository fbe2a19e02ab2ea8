// Why: every word on screen comes from the Fluent files in /locales, through this module.
// It holds the current UI locale as Svelte 5 state, so changing it re-renders all text at once
// (no reload) and updates <html lang dir>. It builds one FluentBundle per locale (pseudo-locales
// from en-US with a transform), falls back along a chain that always ends in en-US, and never
// shows an empty string for a missing message: it shows "[id]" and logs an error.
//
// Ids written in the code are looked up ONLY through t, with a string literal as the first
// argument (optionally followed by the Fluent arguments and an attribute name), so a Rust test
// can scan ui/src for those calls and check every id exists in en-US. Ids that arrive in IPC
// data (nameId, labelId, ...) go through tid instead. Comments here must not spell out such a
// call, or the scan would read it as a real id.

import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { negotiateLanguages } from '@fluent/langneg';
import type { Direction, LocaleInfo } from './ipc-types';
import { PSEUDO_LOCALES } from './pseudo';

export const FALLBACK_LOCALE = 'en-US';

export type Args = Record<string, FluentVariable>;

// All .ftl files, bundled into the app as text at build time (no requests at run time).
const SOURCES = import.meta.glob<string>('../../../locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * locale id -> the text of that locale's files (app.ftl, consult.ftl, summary.ftl, ...). The
 * text is parsed only when a locale is first shown (see `Localization.#bundle`): parsing all
 * twelve locales at start cost memory in the webview for languages a visit never uses.
 */
function loadSources(): Map<string, string[]> {
  const byLocale = new Map<string, string[]>();
  for (const path of Object.keys(SOURCES).sort()) {
    const match = /\/locales\/([^/]+)\/[^/]+\.ftl$/.exec(path);
    const locale = match?.[1];
    const text = SOURCES[path];
    if (locale === undefined || text === undefined) {
      continue;
    }
    const list = byLocale.get(locale) ?? [];
    list.push(text);
    byLocale.set(locale, list);
  }
  return byLocale;
}

const RESOURCES = loadSources();

/** A locale's Fluent resources, parsed now. */
function resourcesOf(locale: string): FluentResource[] {
  return (RESOURCES.get(locale) ?? []).map((text) => new FluentResource(text));
}

function buildBundle(
  id: string,
  resources: FluentResource[],
  transform?: (text: string) => string,
): FluentBundle {
  // useIsolating stays on: variables are wrapped in FSI/PDI so a left-to-right number or name
  // cannot scramble right-to-left text around it.
  const bundle = new FluentBundle(id, transform ? { transform } : {});
  for (const resource of resources) {
    for (const error of bundle.addResource(resource)) {
      console.error(`[l10n] ${id}: ${error.message}`);
    }
  }
  return bundle;
}

/** The locales the files provide, used until (or if) list_locales cannot answer. */
export function localesFromFiles(): LocaleInfo[] {
  return [...RESOURCES.keys()].map((id) => ({
    id,
    nativeName: id,
    direction: 'ltr',
    numbering: 'latn',
    intlLocale: id,
    translation: { status: id === FALLBACK_LOCALE ? 'source' : 'draft' },
    pseudo: false,
  }));
}

class Localization {
  #bundles = new Map<string, FluentBundle>();
  #current = $state(FALLBACK_LOCALE);
  #available = $state.raw<LocaleInfo[]>([]);
  #reported = new Set<string>();

  /** The locales to try, in order, for the current locale; always ends with en-US. */
  #chain: string[] = $derived(this.#fallbackChain(this.#current));

  /** The bundle of a locale, built (and its files parsed) the first time it is needed. */
  #bundle(id: string): FluentBundle | undefined {
    const built = this.#bundles.get(id);
    if (built) {
      return built;
    }
    const info = this.#available.find((locale) => locale.id === id);
    let bundle: FluentBundle | undefined;
    const pseudo = PSEUDO_LOCALES[id];
    if (RESOURCES.has(id) && !info?.pseudo) {
      bundle = buildBundle(info?.intlLocale ?? id, resourcesOf(id));
    } else if (pseudo) {
      bundle = buildBundle(id, resourcesOf(pseudo.base), pseudo.transform);
    }
    if (bundle) {
      this.#bundles.set(id, bundle);
    }
    return bundle;
  }

  /** The current UI locale id (reactive). */
  get locale(): string {
    return this.#current;
  }

  /** The locales the back end offers, in its order (reactive). */
  get available(): LocaleInfo[] {
    return this.#available;
  }

  /** The current UI locale as an Intl tag with its digits, e.g. `ar-u-nu-arab` (reactive). */
  get intlLocale(): string {
    const info = this.#available.find((locale) => locale.id === this.#current);
    return info?.intlLocale ?? this.#current;
  }

  /** Text direction of the current UI locale (reactive). */
  get direction(): Direction {
    return this.#directionOf(this.#current);
  }

  /**
   * Accepts the list from list_locales, builds bundles for its pseudo-locales and rebuilds each
   * real locale's bundle for the tag ICU4X formats with on paper (`intlLocale`: the locale's
   * digits, e.g. `ar-u-nu-arab`, and its CLDR data, e.g. `fil` for Tagalog), so screen and
   * summary show the same numbers and dates.
   */
  setAvailable(list: LocaleInfo[]): void {
    for (const info of list) {
      // Built again, lazily, for the tag the back end gives (its digits and CLDR data).
      this.#bundles.delete(info.id);
      const pseudo = info.pseudo ? PSEUDO_LOCALES[info.id] : undefined;
      if (!pseudo && !(RESOURCES.has(info.id) && !info.pseudo)) {
        // Known to the back end but no files here: its messages fall back to en-US.
        console.error(`[l10n] no Fluent files for locale "${info.id}"`);
      }
    }
    this.#available = list;
  }

  /** Switches the UI locale; all text re-renders and <html lang dir> follow. */
  setLocale(id: string): void {
    const known =
      RESOURCES.has(id) || PSEUDO_LOCALES[id] !== undefined || this.#available.some((info) => info.id === id);
    const next = known ? id : FALLBACK_LOCALE;
    if (!known) {
      console.error(`[l10n] unknown locale "${id}", using ${FALLBACK_LOCALE}`);
    }
    this.#current = next;
    const root = document.documentElement;
    root.lang = next;
    root.dir = this.#directionOf(next);
  }

  /** Formats a message (or one of its attributes) for the current locale. */
  format(id: string, args?: Args | null, attribute?: string): string {
    for (const locale of this.#chain) {
      const bundle = this.#bundle(locale);
      const message = bundle?.getMessage(id);
      if (!bundle || !message) {
        continue;
      }
      const pattern = attribute === undefined ? message.value : message.attributes[attribute];
      if (!pattern) {
        continue;
      }
      const errors: Error[] = [];
      const text = bundle.formatPattern(pattern, args ?? null, errors);
      for (const error of errors) {
        this.#reportOnce(`${locale}:${id}:${error.message}`, `[l10n] ${locale} ${id}: ${error.message}`);
      }
      return joinCjkLines(text);
    }
    const key = attribute === undefined ? id : `${id}.${attribute}`;
    this.#reportOnce(`missing:${this.#current}:${key}`, `[l10n] missing message "${key}" for ${this.#current}`);
    return `[${key}]`;
  }

  #fallbackChain(id: string): string[] {
    if (PSEUDO_LOCALES[id]) {
      return id === FALLBACK_LOCALE ? [id] : [id, FALLBACK_LOCALE];
    }
    const real = [...RESOURCES.keys()];
    const chain = negotiateLanguages([id], real, { defaultLocale: FALLBACK_LOCALE });
    return chain.includes(FALLBACK_LOCALE) ? chain : [...chain, FALLBACK_LOCALE];
  }

  #directionOf(id: string): Direction {
    const info = this.#available.find((locale) => locale.id === id);
    return info?.direction ?? PSEUDO_LOCALES[id]?.direction ?? 'ltr';
  }

  #reportOnce(key: string, text: string): void {
    if (!this.#reported.has(key)) {
      this.#reported.add(key);
      console.error(text);
    }
  }
}

/** Han, kana, CJK punctuation and full-width forms (not Hangul: Korean separates words). */
const CJK = '\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uff60';
const CJK_LINE_BREAK = new RegExp(`(?<=[${CJK}])[ \\t]*\\n[ \\t]*|[ \\t]*\\n[ \\t]*(?=[${CJK}])`, 'g');

/**
 * The line breaks of a multi-line message show as spaces on screen, which is right between
 * words but wrong between Chinese characters ("计划。 由康复治疗师"): a break next to Han, kana
 * or CJK punctuation is dropped, as the PDF does (`layout::one_line`).
 */
export function joinCjkLines(text: string): string {
  return text.includes('\n') ? text.replace(CJK_LINE_BREAK, '') : text;
}

export const l10n = new Localization();

/**
 * Text of a UI message written in the code. The first argument is always a string literal (the
 * message id); then optional Fluent arguments (or null); then an optional attribute name such
 * as placeholder or aria-label.
 */
export function t(id: string, args?: Args | null, attribute?: string): string {
  return l10n.format(id, args, attribute);
}

/** Text of a message whose id arrives in IPC data (nameId, summaryId, labelId, ...). */
export function tid(id: string, args?: Args | null, attribute?: string): string {
  return l10n.format(id, args, attribute);
}
