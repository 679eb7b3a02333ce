/**
 * Italian tax codes. The person code (16 characters) follows DM 23/12/1976:
 * surname (3 letters), name (3), year (2 digits), month letter, day (2 digits,
 * +40 for women), comune (letter + 3 digits), check character. Homonymy
 * ("omocodia") replaces digits, from the right, with the letters LMNPQRSTUV.
 * A company code is 11 digits with the partita IVA check digit.
 */
import { daysBetween, dayOf, type Day } from "./dates";

export type CfReason = "lunghezza" | "caratteri" | "data" | "controllo";

export interface CfPersona {
  /** Upper case, without spaces. */
  normalized: string;
  valid: boolean;
  reason?: CfReason;
  /** True when at least one numeric position holds an omocodia letter. */
  omocodia: boolean;
  /** True when the text had lower-case letters (accepted, but worth a warning). */
  lowerCase: boolean;
  birth?: { yearTwoDigits: number; month: number; day: number; sex: "M" | "F" };
}

/** Positions (0-based) that hold digits, or omocodia letters in their place. */
const NUMERIC_POSITIONS = [6, 7, 9, 10, 12, 13, 14];
const OMOCODIA = "LMNPQRSTUV";
const MONTHS = "ABCDEHLMPRST";
/** Check-character values of the characters in odd (1-based) positions: 0–9 then A–Z. */
const ODD_VALUES = [
  1,
  0,
  5,
  7,
  9,
  13,
  15,
  17,
  19,
  21, // 0-9
  1,
  0,
  5,
  7,
  9,
  13,
  15,
  17,
  19,
  21,
  2,
  4,
  18,
  20,
  11,
  3,
  6,
  8,
  12,
  14,
  16,
  10,
  22,
  25,
  24,
  23, // A-Z
];

const CODE_0 = 48;
const CODE_9 = 57;
const CODE_A = 65;
const CODE_Z = 90;

function isDigitCode(c: number): boolean {
  return c >= CODE_0 && c <= CODE_9;
}
function isLetterCode(c: number): boolean {
  return c >= CODE_A && c <= CODE_Z;
}

/** Value of a character for the check: its index in 0–9 or A–Z (0–25). */
function evenValue(c: number): number {
  return isDigitCode(c) ? c - CODE_0 : c - CODE_A;
}
function oddValue(c: number): number {
  return isDigitCode(c) ? ODD_VALUES[c - CODE_0] : ODD_VALUES[10 + c - CODE_A];
}

/** The check character of the first 15 characters of a (normalized) person code. */
export function checkCharacter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = first15.charCodeAt(i);
    sum += i % 2 === 0 ? oddValue(c) : evenValue(c);
  }
  return String.fromCharCode(CODE_A + (sum % 26));
}

/** Digit value of a numeric position (digit, or omocodia letter), or -1. */
function numericValue(c: number): number {
  if (isDigitCode(c)) return c - CODE_0;
  return isLetterCode(c) ? OMOCODIA_VALUE[c - CODE_A] : -1;
}

const IS_NUMERIC_POSITION: boolean[] = Array.from({ length: 16 }, (_, i) => NUMERIC_POSITIONS.includes(i));
/** A–Z → digit it stands for in omocodia (−1 when not an omocodia letter). */
const OMOCODIA_VALUE: number[] = Array.from({ length: 26 }, (_, i) =>
  OMOCODIA.indexOf(String.fromCharCode(CODE_A + i)),
);
/** A–Z → month 1–12 (0 when not a month letter). */
const MONTH_VALUE: number[] = Array.from({ length: 26 }, (_, i) => MONTHS.indexOf(String.fromCharCode(CODE_A + i)) + 1);
const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const SPACES = /\s/;

function normalize(text: string): { normalized: string; lowerCase: boolean } {
  const compact = SPACES.test(text) ? text.replace(/\s+/g, "") : text;
  const upper = compact.toUpperCase();
  return { normalized: upper, lowerCase: upper !== compact };
}

export function analyzeCodiceFiscalePersona(text: string): CfPersona {
  const { normalized, lowerCase } = normalize(String(text ?? ""));
  if (normalized.length !== 16) return { normalized, valid: false, reason: "lunghezza", omocodia: false, lowerCase };

  let omocodia = false;
  for (let i = 0; i < 16; i++) {
    const c = normalized.charCodeAt(i);
    if (IS_NUMERIC_POSITION[i]) {
      if (isDigitCode(c)) continue;
      if (isLetterCode(c) && OMOCODIA_VALUE[c - CODE_A] >= 0) {
        omocodia = true;
        continue;
      }
      return { normalized, valid: false, reason: "caratteri", omocodia: false, lowerCase };
    }
    if (!isLetterCode(c)) return { normalized, valid: false, reason: "caratteri", omocodia: false, lowerCase };
  }

  const yearTwoDigits = numericValue(normalized.charCodeAt(6)) * 10 + numericValue(normalized.charCodeAt(7));
  const month = MONTH_VALUE[normalized.charCodeAt(8) - CODE_A];
  const rawDay = numericValue(normalized.charCodeAt(9)) * 10 + numericValue(normalized.charCodeAt(10));
  const sex: "M" | "F" = rawDay > 40 ? "F" : "M";
  const day = sex === "F" ? rawDay - 40 : rawDay;
  // February 29 exists in some century for any two-digit year divisible by 4 (00 → 2000).
  const maxDay = month === 2 ? (yearTwoDigits % 4 === 0 ? 29 : 28) : DAYS_IN_MONTH[month];
  if (month < 1 || day < 1 || day > maxDay) {
    return { normalized, valid: false, reason: "data", omocodia, lowerCase };
  }
  const birth = { yearTwoDigits, month, day, sex };
  if (checkCharacter(normalized) !== normalized[15]) {
    return { normalized, valid: false, reason: "controllo", omocodia, lowerCase, birth };
  }
  return { normalized, valid: true, omocodia, lowerCase, birth };
}

/** Partita IVA (and the 11-digit codice fiscale of companies): 11 digits with the check digit. */
export function isPartitaIvaValida(text: string): boolean {
  const t = String(text ?? "").replace(/\s+/g, "");
  if (t.length !== 11) return false;
  let sum = 0;
  let allZero = true;
  for (let i = 0; i < 11; i++) {
    const c = t.charCodeAt(i);
    if (!isDigitCode(c)) return false;
    const d = c - CODE_0;
    if (d !== 0) allZero = false;
    if (i === 10) break;
    if (i % 2 === 0) sum += d;
    else sum += d * 2 > 9 ? d * 2 - 9 : d * 2;
  }
  if (allZero) return false;
  return (10 - (sum % 10)) % 10 === t.charCodeAt(10) - CODE_0;
}

/** A valid person code (16 characters) or company code (11 digits). */
export function isCodiceFiscaleValido(text: string): boolean {
  const t = String(text ?? "").replace(/\s+/g, "");
  if (t.length === 11) return isPartitaIvaValida(t);
  return analyzeCodiceFiscalePersona(t).valid;
}

/**
 * Birth date encoded in a valid person code. The code holds only two digits of
 * the year: the century is the one that gives an age from 0 to 100 on `today`
 * (not born in the future, at most 100 years before). Null when the code is not
 * valid or no century fits.
 */
export function birthDateFromCodiceFiscale(text: string, today: Day): Day | null {
  const cf = analyzeCodiceFiscalePersona(text);
  if (!cf.valid || !cf.birth) return null;
  const { yearTwoDigits, month, day } = cf.birth;
  const baseCentury = Math.floor(today.getFullYear() / 100) * 100;
  for (const century of [baseCentury, baseCentury - 100]) {
    const birth = dayOf(century + yearTwoDigits, month, day);
    if (birth === null) continue;
    if (daysBetween(birth, today) < 0) continue;
    const hundredth =
      dayOf(today.getFullYear() - 100, today.getMonth() + 1, today.getDate()) ??
      dayOf(today.getFullYear() - 100, 2, 28);
    if (hundredth && daysBetween(hundredth, birth) < 0) return null;
    return birth;
  }
  return null;
}
