/**
 * Reading cells as Excel gives them. Each reader returns the typed value (or
 * null) and reports what it found wrong on that cell: Excel errors, text where
 * a date or number belongs (accepted with a warning), values out of range.
 *
 * Internal forms: dates are Excel serials (integers), amounts integer cents,
 * counts plain numbers, percentages fractions, choices their canonical text.
 */
import { dayOf, parseDateText, serialOf } from "../engine/dates";
import { analyzeCodiceFiscalePersona, isCodiceFiscaleValido, type CfReason } from "../engine/codice-fiscale";
import { Dec, formatEuro, parseNumberText, toCents } from "../engine/money";
import type { CellValue } from "./types";
import { dateText, type Context } from "./context";
import { normalizeKey, vocabularyIndex } from "./normalize";
import { PROVINCE_AUTONOME, QUALIFICHE, REGIONI, SEMESTRI, SESSI, SI_NO, type Vocabulary } from "./vocabularies";
import type { ColumnType } from "./profiles";

/** Range of a plausible date in the models (format contract, not a legal limit). */
export const MIN_DATE_SERIAL = serialOf(dayOf(1900, 1, 1)!);
export const MAX_DATE_SERIAL = serialOf(dayOf(2100, 12, 31)!);

export type Parsed = number | string | boolean | null;

export function isEmptyCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

export function isErrorCell(v: CellValue | undefined): v is { error: string } {
  return typeof v === "object" && v !== null;
}

/** Excel's error value for a number that cannot be represented. */
const NOT_A_NUMBER = "#NUM!";

/** How a cell's value is shown inside a message. */
export function shown(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return String((v as { error: unknown }).error);
  if (typeof v === "number" && !Number.isFinite(v)) return NOT_A_NUMBER;
  if (typeof v === "boolean") return v ? "VERO" : "FALSO";
  const s = String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function euroOfCents(cents: number): string {
  return formatEuro(new Dec(cents).div(100));
}

function readDate(v: CellValue, ctx: Context, r: number, c: number, src: string): number | null {
  if (typeof v === "number") {
    const whole = Math.floor(v);
    if (whole >= MIN_DATE_SERIAL && whole <= MAX_DATE_SERIAL && whole !== 60) return whole;
    ctx.add(r, c, "modello.data.non-valida", "errore", "validazione.data.non-valida", { valore: shown(v) }, src);
    return null;
  }
  if (typeof v === "string") {
    const day = parseDateText(v);
    if (day) {
      const serial = serialOf(day);
      if (serial >= MIN_DATE_SERIAL && serial <= MAX_DATE_SERIAL) {
        ctx.add(
          r,
          c,
          "modello.data.testo",
          "avviso",
          "validazione.data.testo",
          { valore: shown(v), data: dateText(serial) },
          src,
        );
        return serial;
      }
    }
  }
  ctx.add(r, c, "modello.data.non-valida", "errore", "validazione.data.non-valida", { valore: shown(v) }, src);
  return null;
}

/** A number, or a number typed as text (warning). Null and an error finding otherwise. */
/** Counts in the models (months, hours, employees) are far below this; larger values are garbage. */
const MAX_COUNT = 1e12;

function readNumber(v: CellValue, ctx: Context, r: number, c: number, src: string): number | null {
  if (typeof v === "number") {
    if (Number.isFinite(v) && Math.abs(v) <= MAX_COUNT) return v;
  } else if (typeof v === "string") {
    const d = parseNumberText(v);
    if (d !== null && d.abs().lte(MAX_COUNT)) {
      ctx.add(
        r,
        c,
        "modello.numero.testo",
        "avviso",
        "validazione.numero.testo",
        { valore: shown(v), numero: d.toString().replace(".", ",") },
        src,
      );
      return d.toNumber();
    }
  }
  ctx.add(r, c, "modello.numero.non-valido", "errore", "validazione.numero.non-valido", { valore: shown(v) }, src);
  return null;
}

/** An amount in integer cents: ≥ 0; more than two decimals is a warning (rounded half-up). */
function readImporto(v: CellValue, ctx: Context, r: number, c: number, src: string): number | null {
  let cents: number;
  if (typeof v === "number" && Number.isFinite(v)) {
    const scaled = v * 100;
    cents = Math.round(scaled);
    // Exact when v × 100 is an integer; otherwise (binary noise, or a third decimal even on
    // a large amount: 6975,104) decide in decimal, which reads v as written.
    if (Number.isSafeInteger(cents) && scaled !== cents) {
      const d = new Dec(v);
      if (d.decimalPlaces() > 2) {
        const rounded = toCents(d);
        ctx.add(
          r,
          c,
          "modello.importo.decimali",
          "avviso",
          "validazione.importo.decimali",
          { valore: shown(v), arrotondato: formatEuro(rounded) },
          src,
        );
      }
      cents = toCents(d).times(100).toNumber();
    }
  } else if (typeof v === "string") {
    const d = parseNumberText(v);
    if (d === null) {
      ctx.add(r, c, "modello.numero.non-valido", "errore", "validazione.numero.non-valido", { valore: shown(v) }, src);
      return null;
    }
    ctx.add(
      r,
      c,
      "modello.numero.testo",
      "avviso",
      "validazione.numero.testo",
      { valore: shown(v), numero: formatEuro(d) },
      src,
    );
    if (d.decimalPlaces() > 2) {
      ctx.add(
        r,
        c,
        "modello.importo.decimali",
        "avviso",
        "validazione.importo.decimali",
        { valore: shown(v), arrotondato: formatEuro(toCents(d)) },
        src,
      );
    }
    cents = toCents(d).times(100).toNumber();
  } else {
    ctx.add(r, c, "modello.numero.non-valido", "errore", "validazione.numero.non-valido", { valore: shown(v) }, src);
    return null;
  }
  // Beyond exact integer cents (about 90.000 billion euro) the value cannot be an amount of the model.
  if (!Number.isSafeInteger(cents)) {
    ctx.add(r, c, "modello.numero.non-valido", "errore", "validazione.numero.non-valido", { valore: shown(v) }, src);
    return null;
  }
  if (cents < 0) {
    ctx.add(
      r,
      c,
      "modello.importo.negativo",
      "errore",
      "validazione.importo.negativo",
      { valore: euroOfCents(cents) },
      src,
    );
    return null;
  }
  return cents;
}

/** 30%, 0,3, "30%", "30" → 0.3. Values above 1 are read as percentages. */
function readPercentuale(v: CellValue, ctx: Context, r: number, c: number, src: string): number | null {
  let n: number | null;
  if (typeof v === "string" && v.trim().endsWith("%")) {
    const d = parseNumberText(v.trim().slice(0, -1));
    if (d === null) {
      ctx.add(r, c, "modello.numero.non-valido", "errore", "validazione.numero.non-valido", { valore: shown(v) }, src);
      return null;
    }
    ctx.add(
      r,
      c,
      "modello.numero.testo",
      "avviso",
      "validazione.numero.testo",
      { valore: shown(v), numero: `${d.toString().replace(".", ",")}%` },
      src,
    );
    n = d.div(100).toNumber();
  } else {
    n = readNumber(v, ctx, r, c, src);
    if (n === null) return null;
    if (n > 1) n = n / 100;
  }
  if (n < 0 || n > 1) {
    ctx.add(
      r,
      c,
      "modello.scelta.non-valida",
      "errore",
      "validazione.scelta.non-valida",
      { valore: shown(v), colonna: ctx.profile.columns[c].header, ammessi: "una percentuale tra 0% e 100%" },
      src,
    );
    return null;
  }
  return n;
}

const CF_REASONS: Record<CfReason, string> = {
  lunghezza: "deve avere 16 caratteri",
  caratteri: "lettere e cifre non sono al posto giusto",
  data: "la data di nascita codificata non esiste",
  controllo: "il carattere di controllo non corrisponde",
};

function readCfPersona(v: CellValue, ctx: Context, r: number, c: number, src: string, cfSource: string): string | null {
  const text = typeof v === "number" ? String(v) : typeof v === "string" ? v : shown(v);
  const cf = analyzeCodiceFiscalePersona(text);
  if (!cf.valid) {
    ctx.add(
      r,
      c,
      "modello.cf.non-valido",
      "errore",
      "validazione.cf.non-valido",
      { valore: shown(v), motivo: CF_REASONS[cf.reason ?? "caratteri"] },
      cfSource,
    );
    return null;
  }
  if (cf.lowerCase) {
    ctx.add(
      r,
      c,
      "modello.cf.minuscolo",
      "avviso",
      "validazione.cf.minuscolo",
      { valore: shown(v), corretto: cf.normalized },
      cfSource,
    );
  }
  return cf.normalized;
}

/** Company codes repeat on many rows (one employer, many workers). */
const CF_AZIENDA_MEMO = new Map<string, boolean>();

function readCfAzienda(v: CellValue, ctx: Context, r: number, c: number, src: string): string | null {
  let text: string;
  // A partita IVA stored as a number loses its leading zeros: put them back.
  if (typeof v === "number" && Number.isInteger(v) && v >= 0 && v < 1e11) text = String(v).padStart(11, "0");
  else if (typeof v === "string")
    text = v
      .replace(/\s+/g, "")
      .toUpperCase()
      .replace(/^IT(?=\d{11}$)/, "");
  else text = shown(v);
  let valid = CF_AZIENDA_MEMO.get(text);
  if (valid === undefined) {
    valid = isCodiceFiscaleValido(text);
    if (CF_AZIENDA_MEMO.size >= 10_000) CF_AZIENDA_MEMO.clear();
    CF_AZIENDA_MEMO.set(text, valid);
  }
  if (!valid) {
    ctx.add(
      r,
      c,
      "modello.cf-azienda.non-valido",
      "errore",
      "validazione.cf-azienda.non-valido",
      { valore: shown(v) },
      src,
    );
    return null;
  }
  return text;
}

const INDEX: Partial<Record<ColumnType, { map: ReadonlyMap<string, string>; allowed: string }>> = {};
function vocab(type: ColumnType, vocabulary: Vocabulary): void {
  INDEX[type] = { map: vocabularyIndex(vocabulary), allowed: vocabulary.map((x) => x.value).join(", ") };
}
vocab("regione", REGIONI);
vocab("provincia", PROVINCE_AUTONOME);
vocab("qualifica", QUALIFICHE);
vocab("sesso", SESSI);
vocab("si-no", SI_NO);
vocab("semestre", SEMESTRI);

/** Raw cell text → canonical value (or null), per vocabulary: sheets repeat the same spellings. */
const CHOICE_MEMO = new Map<ColumnType, Map<string, string | null>>();

function readChoice(type: ColumnType, v: CellValue, ctx: Context, r: number, c: number, src: string): string | null {
  const idx = INDEX[type]!;
  const raw =
    typeof v === "boolean" ? (v ? "true" : "false") : typeof v === "number" || typeof v === "string" ? String(v) : "";
  let memo = CHOICE_MEMO.get(type);
  if (!memo) CHOICE_MEMO.set(type, (memo = new Map()));
  let found = memo.get(raw);
  if (found === undefined) {
    found = idx.map.get(normalizeKey(raw)) ?? null;
    if (memo.size >= 10_000) memo.clear();
    memo.set(raw, found);
  }
  if (found !== null) return found;
  ctx.add(
    r,
    c,
    "modello.scelta.non-valida",
    "errore",
    "validazione.scelta.non-valida",
    { valore: shown(v), colonna: ctx.profile.columns[c].header, ammessi: idx.allowed },
    src,
  );
  return null;
}

/**
 * Reads cell `v` of profile column `c` in grid row `r`. Empty cells are null
 * without findings (the caller checks required columns); Excel errors are an
 * error finding and null.
 */
export function readCell(
  type: ColumnType,
  v: CellValue,
  ctx: Context,
  r: number,
  c: number,
  src: string,
  cfSource: string,
): Parsed {
  if (typeof v === "object" && v !== null) {
    ctx.add(r, c, "modello.cella.errore-excel", "errore", "validazione.cella.errore-excel", { valore: shown(v) }, src);
    return null;
  }
  // Excel never stores NaN or infinity; a reader that produces one met a broken number, which Excel shows as #NUM!.
  if (typeof v === "number" && !Number.isFinite(v)) {
    ctx.add(
      r,
      c,
      "modello.cella.errore-excel",
      "errore",
      "validazione.cella.errore-excel",
      { valore: NOT_A_NUMBER },
      src,
    );
    return null;
  }
  switch (type) {
    case "text":
      return typeof v === "string" ? v.trim() : typeof v === "boolean" ? (v ? "VERO" : "FALSO") : String(v);
    case "date":
      return readDate(v, ctx, r, c, src);
    case "number":
      return readNumber(v, ctx, r, c, src);
    case "importo":
      return readImporto(v, ctx, r, c, src);
    case "percentuale":
      return readPercentuale(v, ctx, r, c, src);
    case "cf-persona":
      return readCfPersona(v, ctx, r, c, src, cfSource);
    case "cf-azienda":
      return readCfAzienda(v, ctx, r, c, src);
    case "si-no": {
      const s = readChoice(type, v, ctx, r, c, src);
      return s === null ? null : s === "si";
    }
    case "semestre": {
      const s = readChoice(type, v, ctx, r, c, src);
      return s === null ? null : Number(s);
    }
    default:
      return readChoice(type, v, ctx, r, c, src);
  }
}

export { euroOfCents };
