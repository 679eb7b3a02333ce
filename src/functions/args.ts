/**
 * The one place where Excel arguments are coerced and checked. Custom functions
 * receive numbers, text, booleans, null (omitted or blank) and 2-D arrays; each
 * reader below turns one of them into a typed value or throws a #VALUE! with an
 * Italian message naming the argument.
 */
import { dayFromSerial, dayOf, italianOf, parseDateText, type Day } from "../engine/dates";
import { valueError } from "../engine/errors";
import { dec, parseNumberText, type Dec } from "../engine/money";

/** Years 1900–2200 given as a number or text are years, not serial dates (function catalogue). */
const YEAR_MIN = 1900;
const YEAR_MAX = 2200;

export type Raw = unknown;

/** A reference date: a day, and whether the user gave only a year. */
export interface Periodo {
  day: Day;
  year: number;
  onlyYear: boolean;
}

function shown(value: Raw): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return isExcelError(value) ? String(errorCode(value)) : "[matrice]";
  return String(value);
}

/** Excel error values reach us as objects with a code (runtime) or an error (files). */
function isExcelError(value: Raw): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && ("code" in value || "error" in value);
}

function errorCode(value: object): unknown {
  return "code" in value ? (value as { code: unknown }).code : (value as { error: unknown }).error;
}

/** True for an omitted argument or an empty cell. */
export function isBlank(value: Raw): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function scalar(value: Raw, name: string): Raw {
  if (Array.isArray(value)) {
    // A single cell passed as a 1×1 range is fine; a larger range is not a scalar.
    if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return scalar(value[0][0], name);
    throw valueError("argomento.numero", { nome: name, valore: "[matrice]" });
  }
  if (isExcelError(value)) throw valueError("argomento.errore", { nome: name, valore: shown(value) });
  return value;
}

function required(value: Raw, name: string): Raw {
  const v = scalar(value, name);
  if (isBlank(v)) throw valueError("argomento.obbligatorio", { nome: name });
  return v;
}

export interface NumberOptions {
  min?: number;
  max?: number;
  integer?: boolean;
  /** Reject zero as well as negatives. */
  positive?: boolean;
}

/**
 * Beyond a thousand billion an amount can no longer be returned exact to the cent in
 * Excel's 15-significant-digit numbers, and no hours or pay figure is that large.
 */
const LARGEST_INPUT = 1e12;

function checkNumber(n: number, name: string, raw: Raw, opts: NumberOptions): number {
  if (!Number.isFinite(n)) throw valueError("argomento.numero", { nome: name, valore: shown(raw) });
  if (Math.abs(n) > LARGEST_INPUT) throw valueError("argomento.troppo.grande", { nome: name, valore: shown(raw) });
  if (opts.positive && n <= 0) throw valueError("argomento.positivo", { nome: name, valore: n });
  if (opts.min === 0 && n < 0) throw valueError("argomento.non.negativo", { nome: name, valore: n });
  if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
    throw valueError("argomento.intervallo", { nome: name, valore: n, min: opts.min ?? "-∞", max: opts.max ?? "∞" });
  }
  if (opts.integer && !Number.isInteger(n)) throw valueError("argomento.intero", { nome: name, valore: n });
  return n;
}

function toDecimal(value: Raw, name: string): Dec {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw valueError("argomento.numero", { nome: name, valore: shown(value) });
    return dec(value);
  }
  if (typeof value === "string") {
    const parsed = parseNumberText(value);
    if (parsed) return parsed;
  }
  throw valueError("argomento.numero", { nome: name, valore: shown(value) });
}

/** A required number (text in Italian format accepted; booleans are not numbers here). */
export function number(value: Raw, name: string, opts: NumberOptions = {}): number {
  const v = required(value, name);
  return checkNumber(toDecimal(v, name).toNumber(), name, v, opts);
}

/** An optional number: blank/omitted gives `fallback`. */
export function optionalNumber<T extends number | null>(
  value: Raw,
  name: string,
  fallback: T,
  opts: NumberOptions = {},
): number | T {
  const v = scalar(value, name);
  return isBlank(v) ? fallback : number(v, name, opts);
}

/** A required amount of money, exact as typed (decimal, never float arithmetic). */
export function amount(value: Raw, name: string, opts: NumberOptions = { min: 0 }): Dec {
  const v = required(value, name);
  if (typeof v === "number") {
    checkNumber(v, name, v, opts); // hot path: check the number before making the decimal
    return dec(v);
  }
  const d = toDecimal(v, name);
  checkNumber(d.toNumber(), name, v, opts);
  return d;
}

export function optionalAmount(value: Raw, name: string, opts: NumberOptions = { min: 0 }): Dec | null {
  const v = scalar(value, name);
  return isBlank(v) ? null : amount(v, name, opts);
}

const TRUE_WORDS = new Set(["vero", "true", "si", "sì", "1"]);
const FALSE_WORDS = new Set(["falso", "false", "no", "0"]);

/** An optional boolean: TRUE/FALSE, VERO/FALSO, 1/0 (also as text). */
export function optionalBoolean(value: Raw, name: string, fallback: boolean): boolean {
  const v = scalar(value, name);
  if (isBlank(v)) return fallback;
  if (typeof v === "boolean") return v;
  if (v === 1 || v === 0) return v === 1;
  if (typeof v === "string") {
    const w = v.trim().toLowerCase();
    if (TRUE_WORDS.has(w)) return true;
    if (FALSE_WORDS.has(w)) return false;
  }
  throw valueError("argomento.booleano", { nome: name, valore: shown(v) });
}

function dayFromRaw(v: Raw): Day | null {
  if (typeof v === "number") return dayFromSerial(v);
  if (typeof v === "string") return parseDateText(v);
  return null;
}

/**
 * A reference period: a year (1900–2200, as number or text) read as 1 January of
 * that year, or a date (Excel serial, or text gg/mm/aaaa or aaaa-mm-gg).
 */
export function periodo(value: Raw, name = "periodo"): Periodo {
  const v = required(value, name);
  const asYear = typeof v === "number" ? v : typeof v === "string" && /^\s*\d{4}\s*$/.test(v) ? Number(v) : NaN;
  if (Number.isInteger(asYear) && asYear >= YEAR_MIN && asYear <= YEAR_MAX) {
    return { day: dayOf(asYear, 1, 1) as Day, year: asYear, onlyYear: true };
  }
  const day = dayFromRaw(v);
  if (!day) throw valueError("argomento.periodo", { nome: name, valore: shown(v) });
  return { day, year: day.getFullYear(), onlyYear: false };
}

/** An optional period; omitted means today (the rules in force now). */
export function optionalPeriodo(value: Raw, name = "periodo", today: () => Date = () => new Date()): Periodo {
  const v = scalar(value, name);
  if (!isBlank(v)) return periodo(v, name);
  const now = today();
  const day = dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate()) as Day;
  return { day, year: day.getFullYear(), onlyYear: false };
}

/** A required date (serial or text); years are not accepted here. */
export function date(value: Raw, name: string): Day {
  const v = required(value, name);
  const day = dayFromRaw(v);
  if (!day) throw valueError("argomento.data", { nome: name, valore: shown(v) });
  return day;
}

/** Lower case, no accents, single spaces: the key for matching words typed by users. */
export function normalizeWord(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * One of a fixed set of words (case and accents ignored). `choices` maps each
 * accepted spelling to its value; `shownChoices` is how the message lists them.
 */
export function choice<T>(value: Raw, name: string, choices: Record<string, T>, shownChoices: string, fallback?: T): T {
  const v = scalar(value, name);
  if (isBlank(v)) {
    if (fallback !== undefined) return fallback;
    throw valueError("argomento.obbligatorio", { nome: name });
  }
  if (typeof v === "string") {
    const key = normalizeWord(v);
    if (Object.prototype.hasOwnProperty.call(choices, key)) return choices[key];
  }
  throw valueError("argomento.scelta", { nome: name, ammessi: shownChoices, valore: shown(v) });
}

/** A required text. */
export function text(value: Raw, name: string): string {
  const v = required(value, name);
  if (typeof v !== "string" && typeof v !== "number")
    throw valueError("argomento.testo", { nome: name, valore: shown(v) });
  return String(v);
}

/**
 * A list of dates from a row or column (or any 2-D range), blanks skipped, read in
 * row order. Returns the positions too so that two lists can be paired.
 */
export function dateList(value: Raw, name: string): (Day | null)[] {
  const cells: Raw[] = Array.isArray(value) ? (value as Raw[]).flat(1) : [value];
  return cells.map((cell) => {
    if (Array.isArray(cell)) throw valueError("argomento.data", { nome: name, valore: "[matrice]" });
    if (isExcelError(cell)) throw valueError("argomento.errore", { nome: name, valore: shown(cell) });
    if (isBlank(cell)) return null;
    const day = dayFromRaw(cell);
    if (!day) throw valueError("argomento.data", { nome: name, valore: shown(cell) });
    return day;
  });
}

/**
 * A share between 0 and 1: 0,2 and 20% are the same (Excel stores 20% as 0,2);
 * text "20%" / "20 %" / "0,2" is accepted. A number above 1 is refused rather
 * than read as percent points (function catalogue: only where a function says so).
 */
export function fraction(value: Raw, name: string): Dec {
  const v = required(value, name);
  let d: Dec | null = null;
  if (typeof v === "number" && Number.isFinite(v)) d = dec(v);
  else if (typeof v === "string") {
    const t = v.trim();
    const percent = /%\s*$/.test(t);
    const parsed = parseNumberText(percent ? t.replace(/\s*%\s*$/, "") : t);
    if (parsed) d = percent ? parsed.div(100) : parsed;
  }
  if (d === null || d.isNegative() || d.gt(1)) {
    throw valueError("argomento.percentuale", { nome: name, valore: shown(v) });
  }
  return d;
}

export interface DatePeriod {
  inizio: Day;
  fine: Day;
}

/**
 * Periods from two ranges of the same size (starts and ends, paired cell by cell
 * in row order). A pair of blank cells is skipped; one blank of a pair, a start
 * after its end or ranges of different sizes are #VALUE!.
 */
export function periodList(inizi: Raw, fini: Raw, nameInizi = "inizi", nameFini = "fini"): DatePeriod[] {
  const starts = dateList(inizi, nameInizi);
  const ends = dateList(fini, nameFini);
  if (starts.length !== ends.length) {
    throw valueError("argomento.matrice.dimensioni", {
      nome: nameInizi,
      altro: nameFini,
      n: starts.length,
      m: ends.length,
    });
  }
  const periods: DatePeriod[] = [];
  starts.forEach((inizio, i) => {
    const fine = ends[i];
    if (inizio === null && fine === null) return;
    const slots = { n: i + 1, inizio: inizio ? italianOf(inizio) : "", fine: fine ? italianOf(fine) : "" };
    if (inizio === null) throw valueError("periodi.incompleto", { ...slots, manca: "l'inizio" });
    if (fine === null) throw valueError("periodi.incompleto", { ...slots, manca: "la fine" });
    if (inizio.getTime() > fine.getTime()) throw valueError("periodi.inizio.dopo.fine", slots);
    periods.push({ inizio, fine });
  });
  return periods;
}

/** Largest whole number with 11 digits: a partita IVA Excel stored as a number. */
const ELEVEN_DIGITS = 99_999_999_999;

/**
 * A code typed in a cell (codice fiscale, partita IVA). A whole number of up to 11
 * digits is a partita IVA whose leading zeros Excel dropped: it is padded back to 11.
 */
export function codeText(value: Raw, name: string): string {
  const v = required(value, name);
  if (typeof v === "number") {
    if (Number.isInteger(v) && v > 0 && v <= ELEVEN_DIGITS) return String(v).padStart(11, "0");
    throw valueError("argomento.testo", { nome: name, valore: shown(v) });
  }
  if (typeof v !== "string") throw valueError("argomento.testo", { nome: name, valore: shown(v) });
  return v;
}

/**
 * A required date where a bare year would be a mistake (a reference day): the
 * numbers 1900–2200 are Excel serials of 1905–1906, far more likely a year typed
 * by hand than a real date, so they are refused instead of silently read.
 */
export function dateNotYear(value: Raw, name: string): Day {
  const v = required(value, name);
  if (typeof v === "number" && v >= YEAR_MIN && v <= YEAR_MAX) {
    throw valueError("argomento.data", { nome: name, valore: shown(v) });
  }
  return date(v, name);
}
