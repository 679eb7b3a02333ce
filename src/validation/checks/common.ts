/**
 * Helpers shared by the profile checks: rule values at a day (with a finding,
 * not an exception, when a rule has no value in force), month arithmetic on
 * Excel serials, duplicate workers with overlapping periods, period unions.
 */
import { addMonths } from "date-fns";
import { CigError } from "../../engine/errors";
import { dayFromSerial, daysBetween, isoOf, parseDateText, serialOf, type Day } from "../../engine/dates";
import { dec, formatEuro, formatPercent, type Dec } from "../../engine/money";
import { inForce } from "../../engine/rule-values";
import type { InForce } from "../../rules/lookup";
import type { Summary } from "../types";
import { dateText, type Context } from "../context";
import type { Parsed } from "../cells";

/** A data row: its grid row index and its values by profile column index. */
export interface Rec {
  r: number;
  v: Parsed[];
  /**
   * Profile columns whose cell is a formula without a cached value: null in `v`
   * because unknown, not because empty (checks must not call them missing).
   */
  uncached?: number[];
}

export interface RuleValue<T> {
  value: T;
  /** Source id of the entry in force. */
  source: string;
  at: InForce;
}

/**
 * The entry of `ruleId` in force at serial `day`, or null when there is none
 * (reported once, unless `quiet`: for rules that apply only on some dates).
 */
export function ruleAt(ctx: Context, ruleId: string, day: number, quiet = false): InForce | null {
  const d = dayFromSerial(day);
  if (d === null) return null;
  try {
    return inForce(ruleId, d);
  } catch (e) {
    if (e instanceof CigError) {
      if (quiet) return null;
      ctx.ruleUnavailable(ruleId, e.message, ctx.profile.source);
      return null;
    }
    throw e;
  }
}

export function ruleNumber(ctx: Context, ruleId: string, day: number): RuleValue<number> | null {
  const at = ruleAt(ctx, ruleId, day);
  return at ? { value: Number(at.entry.value), source: at.entry.source, at } : null;
}

export function ruleDecimal(ctx: Context, ruleId: string, day: number): RuleValue<Dec> | null {
  const at = ruleAt(ctx, ruleId, day);
  return at ? { value: dec(at.entry.value), source: at.entry.source, at } : null;
}

/** An amount rule in integer cents. */
export function ruleCents(ctx: Context, ruleId: string, day: number): RuleValue<number> | null {
  const at = ruleAt(ctx, ruleId, day);
  return at ? { value: dec(at.entry.value).times(100).toNumber(), source: at.entry.source, at } : null;
}

/** A date rule (ISO value) as an Excel serial. */
export function ruleDate(ctx: Context, ruleId: string, day: number): RuleValue<number> | null {
  const at = ruleAt(ctx, ruleId, day);
  if (!at) return null;
  const d = parseDateText(String(at.entry.value));
  return d ? { value: serialOf(d), source: at.entry.source, at } : null;
}

/** A list rule ("a;b;c"). */
export function ruleList(ctx: Context, ruleId: string, day: number): RuleValue<string[]> | null {
  const at = ruleAt(ctx, ruleId, day);
  return at
    ? {
        value: String(at.entry.value)
          .split(";")
          .map((s) => s.trim())
          .filter((s) => s !== ""),
        source: at.entry.source,
        at,
      }
    : null;
}

/**
 * Calendar facts of serials are memoised: a sheet repeats the same few dates on
 * thousands of rows, and date-fns is the only calendar used (through dates.ts).
 */
const MEMO_LIMIT = 200_000;
const yearMemo = new Map<number, number>();
const monthMemo = new Map<number, number>();

function remember(map: Map<number, number>, key: number, value: number): number {
  if (map.size >= MEMO_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

/** Year (4 digits) of an Excel serial. */
export function yearOf(serial: number): number {
  const y = yearMemo.get(serial);
  return y !== undefined ? y : remember(yearMemo, serial, dayFromSerial(serial)?.getFullYear() ?? 0);
}

/** Month 1–12 of an Excel serial. */
export function monthOf(serial: number): number {
  const m = monthMemo.get(serial);
  return m !== undefined ? m : remember(monthMemo, serial, (dayFromSerial(serial)?.getMonth() ?? -1) + 1);
}

/** Serial of 1 January of `year`. */
export function firstOfYear(year: number): number {
  return serialOf(new Date(year, 0, 1));
}

/** start → end → months; small-integer keys keep the lookups cheap. */
const monthsMemo = new Map<number, Map<number, number>>();
let monthsMemoSize = 0;

/**
 * Months from `start` to `end`, both included: whole calendar months, plus the
 * remaining days as a fraction of a 30-day month. 01/01–31/12 is 12; 01/01–15/01 is 0,5.
 */
export function monthsBetween(start: number, end: number): number {
  if (end < start) return 0;
  let byEnd = monthsMemo.get(start);
  const known = byEnd?.get(end);
  if (known !== undefined) return known;
  const value = computeMonths(start, end);
  if (monthsMemoSize >= MEMO_LIMIT) {
    monthsMemo.clear();
    monthsMemoSize = 0;
    byEnd = undefined;
  }
  if (!byEnd) monthsMemo.set(start, (byEnd = new Map()));
  byEnd.set(end, value);
  monthsMemoSize++;
  return value;
}

function computeMonths(start: number, end: number): number {
  const s: Day | null = dayFromSerial(start);
  const e: Day | null = dayFromSerial(end + 1);
  if (!s || !e) return 0;
  let whole = (e.getFullYear() - s.getFullYear()) * 12 + (e.getMonth() - s.getMonth());
  let anchor = addMonths(s, whole);
  while (whole > 0 && anchor > e) {
    whole--;
    anchor = addMonths(s, whole);
  }
  return whole + daysBetween(anchor, e) / 30;
}

/** "12" / "5,5" / "11,97" — a month count in messages. */
export function monthsText(m: number): string {
  return (Math.round(m * 100) / 100).toString().replace(".", ",");
}

export function euro(cents: number): string {
  return formatEuro(dec(cents).div(100));
}

export { dateText, isoOf, formatPercent };

/**
 * Same person (or unit) on several rows with overlapping periods: one error on
 * each later row, naming the earlier row it overlaps.
 */
export function overlappingDuplicates(
  ctx: Context,
  groups: ReadonlyMap<string, Rec[]>,
  keyCol: number,
  startCol: number,
  endCol: number,
  ruleId: string,
  sourceId: string,
): void {
  for (const [key, group] of groups) {
    if (group.length < 2) continue;
    const dated = group.filter((x) => typeof x.v[startCol] === "number" && typeof x.v[endCol] === "number");
    dated.sort((a, b) => (a.v[startCol] as number) - (b.v[startCol] as number) || a.r - b.r);
    let reach: Rec | null = null;
    for (const rec of dated) {
      const s = rec.v[startCol] as number;
      if (reach && s <= (reach.v[endCol] as number)) {
        const other = reach;
        ctx.add(
          rec.r,
          keyCol,
          ruleId,
          "errore",
          "validazione.duplicato.sovrapposto",
          {
            cf: key,
            altra: ctx.originRow + other.r,
            periodo: `${dateText(other.v[startCol] as number)} – ${dateText(other.v[endCol] as number)}`,
          },
          sourceId,
        );
      }
      if (!reach || (rec.v[endCol] as number) > (reach.v[endCol] as number)) reach = rec;
    }
  }
}

/** Records grouped by the text value of a column (rows without it are left out). */
export function groupBy(records: readonly Rec[], col: number): Map<string, Rec[]> {
  const groups = new Map<string, Rec[]>();
  if (col < 0) return groups;
  for (const rec of records) {
    const k = rec.v[col];
    if (k === null || k === undefined || k === "") continue;
    const key = String(k);
    const g = groups.get(key);
    if (g) g.push(rec);
    else groups.set(key, [rec]);
  }
  return groups;
}

/** The union of [start, end] periods (serials, both included), merged and sorted. */
export function unionOf(periods: [number, number][]): [number, number][] {
  const sorted = periods.filter(([s, e]) => e >= s).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Info with the share of an appropriation used; a warning above 100%. Returns the share. */
export function budgetFinding(
  ctx: Context,
  amountCol: number,
  label: string,
  usedCents: number,
  budget: RuleValue<number>,
  ruleId: string,
): number {
  const share = budget.value > 0 ? usedCents / budget.value : 0;
  const slots = {
    etichetta: label,
    richiesto: euro(usedCents),
    stanziamento: euro(budget.value),
    quota: formatPercent(dec(usedCents).div(budget.value).toDecimalPlaces(6)),
  };
  if (usedCents > budget.value)
    ctx.addSheet(amountCol, ruleId, "avviso", "validazione.stanziamento.superato", slots, budget.source);
  else ctx.addSheet(amountCol, ruleId, "info", "validazione.stanziamento.quota", slots, budget.source);
  return share;
}

/** Adds `cents` to splits[dimension][key]. */
export function addSplit(summary: Summary, dimension: string, key: string, cents: number): void {
  const byKey = (summary.splits[dimension] ??= {});
  const entry = (byKey[key] ??= { records: 0, amount: 0 });
  entry.records++;
  entry.amount += cents; // cents while counting; converted to euro at the end
}

export function isNum(p: Parsed | undefined): p is number {
  return typeof p === "number";
}

/**
 * A period whose two dates are known and in order, as [start, end] serials; a period
 * whose end comes before its start is reported (on the end cell) and gives null.
 */
export function periodInOrder(
  ctx: Context,
  r: number,
  endCol: number,
  start: Parsed | undefined,
  end: Parsed | undefined,
  ruleId: string,
): [number, number] | null {
  if (!isNum(start) || !isNum(end)) return null;
  if (end < start) {
    ctx.add(
      r,
      endCol,
      ruleId,
      "errore",
      "validazione.periodo.ordine",
      { inizio: dateText(start), fine: dateText(end) },
      ctx.profile.source,
    );
    return null;
  }
  return [start, end];
}
