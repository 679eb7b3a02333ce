/**
 * Text normalisation for matching headers and choice values: case, accents,
 * punctuation, spaces and a trailing unit such as "(€)" or "(gg/mm/aaaa)" are
 * ignored. All regular expressions are compiled once here.
 */
import type { Vocabulary } from "./vocabularies";

const DIACRITICS = /[\u0300-\u036f]/g;
const TRAILING_UNIT = /\s*[([][^()[\]]*[)\]]\s*$/;
const NOT_ALNUM = /[^a-z0-9]+/g;
const ASCII_SIMPLE = /^[a-z0-9]*$/;

/** "Importo mensile (€)" → "importomensile"; "C.F." → "cf"; "Unità produttiva" → "unitaproduttiva". */
export function normalizeKey(text: string): string {
  let t = text.toLowerCase();
  if (ASCII_SIMPLE.test(t)) return t;
  t = t.normalize("NFD").replace(DIACRITICS, "").replace("ß", "ss");
  // A unit in brackets at the end, possibly twice: "Importo (€) (lordo)" keeps "importo".
  for (let i = 0; i < 2 && TRAILING_UNIT.test(t); i++) {
    const stripped = t.replace(TRAILING_UNIT, "");
    if (stripped.trim() === "") break;
    t = stripped;
  }
  t = t.replace(NOT_ALNUM, "");
  // A trailing currency word after the brackets are gone: "Importo mensile euro".
  if (t.length > 4 && t.endsWith("euro")) t = t.slice(0, -4);
  return t;
}

/** A lookup table from every spelling of a vocabulary to its canonical value. */
export function vocabularyIndex(vocabulary: Vocabulary): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const item of vocabulary) {
    map.set(normalizeKey(item.value), item.value);
    for (const s of item.spellings) map.set(normalizeKey(s), item.value);
  }
  return map;
}
