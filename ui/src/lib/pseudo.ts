// Why: pseudo-locales let developers see, without waiting for translators, text that is not
// localized (it stays plain ASCII), layouts that clip longer text (en-XA) and layouts that do
// not mirror for right-to-left languages (ar-XB). They are built from the en-US messages with a
// FluentBundle `transform`, which Fluent applies to text only, never to placeables, so numbers
// and other variables stay readable.

import type { Direction } from './ipc-types';

export type PseudoLocale = {
  /** The real locale whose messages are transformed. */
  base: string;
  direction: Direction;
  transform: (text: string) => string;
};

// en-XA: every ASCII letter becomes an accented look-alike, so the text stays readable.
const ACCENTED: Record<string, string> = {
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
  a: 'å', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ṁ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
};

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']);

/**
 * en-XA: accent every letter and write each vowel twice. English text is roughly a third
 * vowels, so the result is about 30-40 % longer, like many real translations.
 */
export function accentText(text: string): string {
  let out = '';
  for (const ch of text) {
    const accented = ACCENTED[ch];
    if (accented === undefined) {
      out += ch;
      continue;
    }
    out += accented;
    if (VOWELS.has(ch)) {
      out += ACCENTED[ch.toLowerCase()] ?? '';
    }
  }
  return out;
}

// ar-XB: letters that have a mirrored look-alike are swapped for it, so the text looks written
// in a mirror (the fonts shipped with Linux, macOS and Windows all have these characters).
const MIRRORED: Record<string, string> = {
  b: 'd', d: 'b', p: 'q', q: 'p', c: 'ɔ', e: 'ɘ', r: 'ɿ', s: 'ƨ',
  C: 'Ɔ', E: 'Ǝ', N: 'И', R: 'Я', S: 'Ƨ',
};

const RLO = '\u202E'; // RIGHT-TO-LEFT OVERRIDE: show the following characters from right to left
const PDF = '\u202C'; // POP DIRECTIONAL FORMATTING: end of the override
// RIGHT-TO-LEFT MARK: a strong right-to-left character, like the letters of a real right-to-left
// script. Without it, a message formatted into another message's variable (a time inside
// "Time frame: { $span }") has no right-to-left letter, so Fluent's isolation around that variable
// would lay it out left to right, which real Arabic text never does.
const RLM = '\u200F';

/**
 * ar-XB: mirror the letters and force the run right to left, so the text reads like a
 * right-to-left script and an unmirrored layout is easy to spot. Whitespace-only text (the
 * spaces between placeables) is left alone.
 */
export function mirrorText(text: string): string {
  if (text.trim() === '') {
    return text;
  }
  let out = '';
  for (const ch of text) {
    out += MIRRORED[ch] ?? ch;
  }
  return RLO + RLM + out + PDF;
}

/** The pseudo-locales this UI knows how to build, by locale id. */
export const PSEUDO_LOCALES: Readonly<Record<string, PseudoLocale>> = {
  'en-XA': { base: 'en-US', direction: 'ltr', transform: accentText },
  'ar-XB': { base: 'en-US', direction: 'rtl', transform: mirrorText },
};
