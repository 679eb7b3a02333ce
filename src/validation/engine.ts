/**
 * The validation engine: a grid as Excel gives it in, findings and a summary
 * out. Pure and read-only (the input grid is never written). One pass over the
 * data rows with a precomputed header map; profile checks run per record, then
 * the sheet checks.
 */
import { analyzeCodiceFiscalePersona, birthDateFromCodiceFiscale } from "../engine/codice-fiscale";
import { dayFromSerial, dayOf, italianOf, parseDateText, serialOf, type Day } from "../engine/dates";
import { dec } from "../engine/money";
import { formatMessage, type MessageId } from "../engine/messages";
import type { CellValue, Finding, GridInput, ProfileMatch, Summary, ValidateOptions, ValidationResult } from "./types";
import { Context, SHEET_COLUMN, citationOf, columnLetters, dateText } from "./context";
import { euroOfCents, isEmptyCell, readCell, shown, type Parsed } from "./cells";
import { HEADER_MIN_MATCHES, HEADER_SEARCH_ROWS, findHeader, type HeaderLayout } from "./detect";
import { normalizeKey } from "./normalize";
import { PROFILES, amountLabel, columnIndex, type ProfileDefinition } from "./profiles";
import type { ProfileChecks } from "./checks/types";
import type { Rec } from "./checks/common";
import { monthsBetween } from "./checks/common";
import { mobilitaChecks } from "./checks/mobilita";
import { cigsChecks } from "./checks/cigs";
import { cigdChecks } from "./checks/cigd";
import { sgravioChecks } from "./checks/sgravio";

const CHECKS: Record<string, (ctx: Context) => ProfileChecks> = {
  "mobilita-deroga": mobilitaChecks,
  "cigs-aree-crisi": cigsChecks,
  "cigd-covid-pat": cigdChecks,
  "sgravio-solidarieta": sgravioChecks,
};

/** Source cited by the format checks of a person's codice fiscale. */
const CF_SOURCE = "dm-23-12-1976";
/** Source cited when no profile is known (the circular that asks for the Excel model). */
const GENERIC_SOURCE = "mlps-circ-16-2025";
const TOTALS_KEY = "totale";
const TOTALS_TOLERANCE_CENTS = 1;
const TOTALS_TOLERANCE_NUMBER = 0.01;

function emptySummary(): Summary {
  return { records: 0, months: 0, totals: {}, splits: {} };
}

function dayFromIso(text: string | undefined): Day | null {
  if (typeof text !== "string") return null;
  return parseDateText(text);
}

function todayDay(): Day {
  const now = new Date();
  return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
}

/** A finding built without a profile layout (no header found): on the grid's first cell. */
function sheetFinding(input: GridInput, ruleId: string, message: string): Finding {
  const row = input.origin?.row ?? 1;
  const column = input.origin?.column ?? 1;
  return {
    sheet: input.sheet,
    cell: `${columnLetters(column)}${row}`,
    row,
    column: SHEET_COLUMN(),
    ruleId,
    severity: "errore",
    message,
    source: citationOf(GENERIC_SOURCE),
  };
}

export function validateGrid(input: GridInput, options: ValidateOptions = {}): ValidationResult {
  const values: readonly (readonly CellValue[] | undefined)[] = Array.isArray(input?.values) ? input.values : [];
  const sheet = typeof input?.sheet === "string" ? input.sheet : "";
  const safeInput: GridInput = { ...input, sheet, values: values as CellValue[][] };

  // Profile: forced, or the best detected.
  let profile: ProfileDefinition | undefined;
  let layout: HeaderLayout | null = null;
  if (options.profileId !== undefined) {
    profile = PROFILES.find((p) => p.id === options.profileId);
    if (!profile) {
      return noProfile(safeInput, "modello.profilo.sconosciuto", "validazione.profilo.sconosciuto", {
        profilo: String(options.profileId),
        ammessi: PROFILES.map((p) => p.id).join(", "),
      });
    }
    layout = findHeader(values, profile);
    if (!layout) {
      return noProfile(safeInput, "modello.intestazione.non-trovata", "validazione.intestazione.non-trovata", {
        profilo: profile.name,
        righe: HEADER_SEARCH_ROWS,
        minimo: HEADER_MIN_MATCHES,
      });
    }
  } else {
    let best: { p: ProfileDefinition; l: HeaderLayout } | null = null;
    for (const p of PROFILES) {
      const l = findHeader(values, p);
      if (l && (!best || l.score > best.l.score || (l.score === best.l.score && l.headerIndex < best.l.headerIndex)))
        best = { p, l };
    }
    if (!best) {
      return noProfile(safeInput, "modello.profilo.non-riconosciuto", "validazione.profilo.non-riconosciuto", {
        righe: HEADER_SEARCH_ROWS,
        minimo: HEADER_MIN_MATCHES,
      });
    }
    profile = best.p;
    layout = best.l;
  }

  const originRow = input.origin?.row ?? 1;
  const today = dayFromIso(options.today) ?? todayDay();
  const reference = dayFromIso(options.referenceDate) ?? today;
  const ctx = new Context({
    sheet,
    originRow,
    originColumn: input.origin?.column ?? 1,
    headerIndex: layout.headerIndex,
    profile,
    gridColumn: layout.gridColumn,
    referenceSerial: serialOf(reference),
    todaySerial: serialOf(today),
  });
  const match: ProfileMatch = {
    id: profile.id,
    name: profile.name,
    score: layout.score,
    headerRow: originRow + layout.headerIndex,
  };
  const summary = run(ctx, values, layout, input.formulasWithoutValue);
  return { sheet, profile: match, findings: ctx.findings(), summary };
}

function noProfile(
  input: GridInput,
  ruleId: string,
  messageId: MessageId,
  slots: Record<string, string | number>,
): ValidationResult {
  return {
    sheet: input.sheet,
    profile: null,
    findings: [sheetFinding(input, ruleId, formatMessage(messageId, slots))],
    summary: emptySummary(),
  };
}

function run(
  ctx: Context,
  values: readonly (readonly CellValue[] | undefined)[],
  layout: HeaderLayout,
  formulas: GridInput["formulasWithoutValue"],
): Summary {
  const profile = ctx.profile;
  const src = profile.source;
  const columns = profile.columns;
  const K = columnIndex(profile);

  // Header findings: missing required columns, duplicates, unknown headers.
  const headerRow = values[layout.headerIndex] ?? [];
  columns.forEach((c, i) => {
    if (c.required && layout.gridColumn[i] < 0) {
      ctx.addSheet(
        i,
        "modello.colonna.mancante",
        "errore",
        "validazione.colonna.mancante",
        { colonna: c.header, profilo: profile.name },
        src,
      );
    }
  });
  for (const d of layout.duplicates) {
    ctx.addAt(
      layout.headerIndex,
      d.gridCol,
      columns[d.column].header,
      "modello.colonna.duplicata",
      "avviso",
      "validazione.colonna.duplicata",
      {
        colonna: columns[d.column].header,
        prima: `${columnLetters(ctx.originColumn + layout.gridColumn[d.column])}${ctx.originRow + layout.headerIndex}`,
      },
      src,
    );
  }
  for (const g of layout.unknown) {
    ctx.addAt(
      layout.headerIndex,
      g,
      shown(headerRow[g]),
      "modello.colonna.non-riconosciuta",
      "info",
      "validazione.colonna.non-riconosciuta",
      { intestazione: shown(headerRow[g]), profilo: profile.name },
      src,
    );
  }

  // Present columns, in grid order.
  const present: number[] = [];
  columns.forEach((_, i) => {
    if (layout.gridColumn[i] >= 0) present.push(i);
  });
  present.sort((a, b) => layout.gridColumn[a] - layout.gridColumn[b]);
  const presentGrid = Int32Array.from(present.map((i) => layout.gridColumn[i]));
  const presentType = present.map((i) => columns[i].type);
  const presentRequired = present.map((i) => columns[i].required);
  const width = columns.length;

  const checks = CHECKS[profile.id](ctx);
  const records: Rec[] = [];
  const totalsRows: { r: number; recordsBefore: number }[] = [];
  // Formula cells without a cached value: their value is unknown, not missing (reported once, as info).
  const uncachedByRow = uncachedCells(formulas);
  const hasBirthCheck =
    K.cf !== undefined &&
    ((K.nascita !== undefined && layout.gridColumn[K.nascita] >= 0) ||
      (K.sesso !== undefined && layout.gridColumn[K.sesso] >= 0));

  for (let r = layout.headerIndex + 1; r < values.length; r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    // Blank rows are skipped; a row whose first filled cell says "Totale" is a totals row.
    let first: CellValue | undefined;
    for (let g = 0; g < row.length; g++) {
      if (!isEmptyCell(row[g])) {
        first = row[g];
        break;
      }
    }
    if (first === undefined) continue;
    if (typeof first === "string" && looksLikeTotals(first)) {
      totalsRows.push({ r, recordsBefore: records.length });
      continue;
    }

    const v: Parsed[] = new Array<Parsed>(width).fill(null);
    const uncachedHere = uncachedByRow?.get(r);
    let uncached: number[] | undefined;
    for (let j = 0; j < present.length; j++) {
      const c = present[j];
      const cell = row[presentGrid[j]];
      if (isEmptyCell(cell)) {
        if (uncachedHere?.has(presentGrid[j])) (uncached ??= []).push(c);
        else if (presentRequired[j])
          ctx.add(
            r,
            c,
            "modello.cella.obbligatoria",
            "errore",
            "validazione.cella.obbligatoria",
            { colonna: columns[c].header },
            src,
          );
        continue;
      }
      v[c] = readCell(presentType[j], cell as CellValue, ctx, r, c, src, CF_SOURCE);
    }
    const rec: Rec = uncached ? { r, v, uncached } : { r, v };
    if (hasBirthCheck) birthAndSex(ctx, rec, K, row, layout);
    checks.row(rec);
    records.push(rec);
  }

  if (formulas) formulaFindings(ctx, values, layout, formulas);

  const summary = summarise(ctx, records, K);
  totalsFindings(ctx, values, records, totalsRows);
  checks.finish(records, summary);
  if (records.length === 0) {
    ctx.addSheet(-1, "modello.dati.assenti", "avviso", "validazione.dati.assenti", {}, src);
  }
  return toEuro(summary);
}

const TOTALS_START = /^\s*t/i;
function looksLikeTotals(text: string): boolean {
  return TOTALS_START.test(text) && normalizeKey(text).startsWith(TOTALS_KEY);
}

/** Date of birth and sex must agree with the codice fiscale (women: day + 40). */
function birthAndSex(
  ctx: Context,
  rec: Rec,
  K: Readonly<Record<string, number>>,
  _row: readonly CellValue[],
  layout: HeaderLayout,
): void {
  const cf = rec.v[K.cf];
  if (typeof cf !== "string") return;
  const birth = analyzeCodiceFiscalePersona(cf).birth;
  if (!birth) return;
  if (K.nascita !== undefined && layout.gridColumn[K.nascita] >= 0) {
    const nascita = rec.v[K.nascita];
    if (typeof nascita === "number") {
      const text = dateText(nascita); // dd/mm/yyyy
      const d = Number(text.slice(0, 2));
      const m = Number(text.slice(3, 5));
      const yy = Number(text.slice(8, 10));
      if (d !== birth.day || m !== birth.month || yy !== birth.yearTwoDigits) {
        const fromCf = birthDateFromCodiceFiscale(cf, dayFromSerial(ctx.todaySerial) ?? new Date());
        const dataCf = fromCf
          ? italianOf(fromCf)
          : `${String(birth.day).padStart(2, "0")}/${String(birth.month).padStart(2, "0")}`;
        ctx.add(
          rec.r,
          K.nascita,
          "modello.cf.data-nascita",
          "errore",
          "validazione.cf.data-nascita",
          { data: text, cf, dataCf },
          CF_SOURCE,
        );
      }
    }
  }
  if (K.sesso !== undefined && layout.gridColumn[K.sesso] >= 0) {
    const sesso = rec.v[K.sesso];
    if (typeof sesso === "string" && sesso !== birth.sex) {
      ctx.add(
        rec.r,
        K.sesso,
        "modello.cf.sesso",
        "errore",
        "validazione.cf.sesso",
        { sesso, cf, sessoCf: birth.sex },
        CF_SOURCE,
      );
    }
  }
}

/** Grid row → grid columns of the formula cells without a cached value (null when there are none). */
function uncachedCells(formulas: GridInput["formulasWithoutValue"]): Map<number, Set<number>> | null {
  if (!Array.isArray(formulas) || formulas.length === 0) return null;
  const out = new Map<number, Set<number>>();
  for (const pair of formulas) {
    if (!Array.isArray(pair)) continue;
    const [r, g] = pair;
    if (!Number.isInteger(r) || !Number.isInteger(g) || r < 0 || g < 0) continue;
    let cols = out.get(r);
    if (!cols) out.set(r, (cols = new Set()));
    cols.add(g);
  }
  return out;
}

function formulaFindings(
  ctx: Context,
  values: readonly (readonly CellValue[] | undefined)[],
  layout: HeaderLayout,
  formulas: [number, number][],
): void {
  const byGrid = new Map<number, number>();
  layout.gridColumn.forEach((g, i) => {
    if (g >= 0) byGrid.set(g, i);
  });
  for (const pair of formulas) {
    if (!Array.isArray(pair)) continue;
    const [r, g] = pair;
    if (!Number.isInteger(r) || !Number.isInteger(g) || r < 0 || g < 0 || r >= values.length) continue;
    const row = values[r];
    if (!Array.isArray(row) || g >= row.length) continue;
    const c = byGrid.get(g);
    const header = c === undefined ? shown(values[layout.headerIndex]?.[g]) : ctx.profile.columns[c].header;
    ctx.addAt(
      r,
      g,
      header,
      "modello.cella.formula-senza-valore",
      "info",
      "validazione.cella.formula-senza-valore",
      {},
      ctx.profile.source,
    );
  }
}

/** Summary in cents (the checks read it); `toEuro` converts it for the result. */
function summarise(ctx: Context, records: readonly Rec[], K: Readonly<Record<string, number>>): Summary {
  const profile = ctx.profile;
  const summary = emptySummary();
  summary.records = records.length;
  const amountCols: number[] = [];
  profile.columns.forEach((c, i) => {
    // Only the amounts whose sum means something (profiles.ts `total`), never per-month or per-hour rates.
    if (c.total === true && c.type === "importo" && ctx.gridColumn[i] >= 0) amountCols.push(i);
  });
  const sums = new Array<number>(amountCols.length).fill(0);
  const main = K[profile.amountKey];
  const splitCols = profile.splitKeys.map((k) => K[k]).filter((i) => ctx.gridColumn[i] >= 0);
  const monthsCol = typeof profile.months === "object" ? K[profile.months.column] : -1;
  let months = 0;
  for (const rec of records) {
    const v = rec.v;
    for (let j = 0; j < amountCols.length; j++) {
      const x = v[amountCols[j]];
      if (typeof x === "number") sums[j] += x;
    }
    if (monthsCol >= 0) {
      const m = v[monthsCol];
      if (typeof m === "number") months += m;
    } else if (profile.months === "dates") {
      const s = v[K.inizio];
      const e = v[K.fine];
      if (typeof s === "number" && typeof e === "number" && e >= s) months += monthsBetween(s, e);
    }
    const amount = typeof v[main] === "number" ? (v[main] as number) : 0;
    for (const c of splitCols) {
      const key = v[c];
      const label = amountSplitLabel(profile, c);
      const byKey = (summary.splits[label] ??= {});
      const name = key === null || key === undefined || key === "" ? "(non indicato)" : String(key);
      const entry = (byKey[name] ??= { records: 0, amount: 0 });
      entry.records++;
      entry.amount += amount;
    }
  }
  amountCols.forEach((c, j) => (summary.totals[amountLabel(profile.columns[c])] = sums[j]));
  summary.months = Math.round(months * 100) / 100;
  return summary;
}

function amountSplitLabel(profile: ProfileDefinition, c: number): string {
  return profile.columns[c].header;
}

function centsToEuro(cents: number): number {
  return dec(cents).div(100).toNumber();
}

function toEuro(summary: Summary): Summary {
  for (const k of Object.keys(summary.totals)) summary.totals[k] = centsToEuro(summary.totals[k]);
  for (const dim of Object.values(summary.splits)) for (const e of Object.values(dim)) e.amount = centsToEuro(e.amount);
  if (summary.budget) {
    summary.budget = {
      ...summary.budget,
      amount: centsToEuro(summary.budget.amount),
      used: centsToEuro(summary.budget.used),
      share: Math.round(summary.budget.share * 1e6) / 1e6,
      source: citationOf(summary.budget.source),
    };
  }
  return summary;
}

/** Each numeric cell of a totals row must equal its column's sum (since the previous totals row, or from the top). */
function totalsFindings(
  ctx: Context,
  values: readonly (readonly CellValue[] | undefined)[],
  records: readonly Rec[],
  totalsRows: { r: number; recordsBefore: number }[],
): void {
  if (totalsRows.length === 0) return;
  const profile = ctx.profile;
  const numericCols: number[] = [];
  profile.columns.forEach((c, i) => {
    if ((c.type === "importo" || c.type === "number") && ctx.gridColumn[i] >= 0) numericCols.push(i);
  });
  // Prefix sums per numeric column.
  const prefix = numericCols.map((c) => {
    const p = new Float64Array(records.length + 1);
    for (let i = 0; i < records.length; i++) {
      const x = records[i].v[c];
      p[i + 1] = p[i] + (typeof x === "number" ? x : 0);
    }
    return p;
  });
  let previous = 0;
  for (const t of totalsRows) {
    const row = values[t.r] as readonly CellValue[];
    numericCols.forEach((c, j) => {
      const g = ctx.gridColumn[c];
      const cell = row[g];
      if (isEmptyCell(cell) || typeof cell === "object" || typeof cell === "boolean") return;
      const isMoney = profile.columns[c].type === "importo";
      const parsed = readCell(profile.columns[c].type, cell as CellValue, ctx, t.r, c, profile.source, CF_SOURCE);
      if (typeof parsed !== "number") return;
      const sinceLast = prefix[j][t.recordsBefore] - prefix[j][previous];
      const fromTop = prefix[j][t.recordsBefore];
      const tol = isMoney ? TOTALS_TOLERANCE_CENTS : TOTALS_TOLERANCE_NUMBER;
      if (Math.abs(parsed - sinceLast) <= tol + 1e-9 || Math.abs(parsed - fromTop) <= tol + 1e-9) return;
      const show = (x: number) =>
        isMoney ? `€ ${euroOfCents(x)}` : (Math.round(x * 100) / 100).toString().replace(".", ",");
      ctx.add(
        t.r,
        c,
        "modello.totale.differenza",
        "errore",
        "validazione.totale.differenza",
        {
          colonna: profile.columns[c].header,
          totale: show(parsed),
          somma: show(sinceLast),
          differenza: show(Math.abs(parsed - sinceLast)),
        },
        profile.source,
      );
    });
    previous = t.recordsBefore;
  }
}
