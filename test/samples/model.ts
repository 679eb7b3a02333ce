/**
 * The shape of a sample workbook: rows keyed by the profile's column keys, laid
 * out in the profile's column order under a title, and the mistakes planted in
 * the "errori" version with the findings each must produce.
 */
import { PROFILES, type ProfileDefinition } from "../../src/validation/profiles";

/** A cell to write: text, number, a date (UTC midnight), an Excel error, a formula with its cached result, or empty. */
export type SampleCell =
  string | number | boolean | Date | null | { error: string } | { formula: string; result?: number | string };

export type SampleRow = Record<string, SampleCell>;

/**
 * A finding the CLI must report: rule id, the column key, and which of the mistake's
 * rows (0-based) — or, for a sheet-level finding, the header cell of that column.
 */
export interface Expected {
  ruleId: string;
  key: string;
  row?: number;
  header?: boolean;
}

export interface Mistake {
  /** What is wrong, in English, for the generator's comments. */
  what: string;
  /** The mistake's rows, built from `base` (a fresh clean row for the i-th extra person). */
  rows(base: (i: number) => SampleRow): SampleRow[];
  expect: Expected[];
}

export interface SampleSpec {
  profileId: string;
  /** File name stem in assets/esempi. */
  stem: string;
  sheetName: string;
  /** Title written above the header (the engine finds the header row below it). */
  title: string;
  /** A second title line, under the first (real Ministry files often have two). */
  subtitle?: string;
  /** Clean row for the i-th person. */
  row(i: number): SampleRow;
  /** How many clean rows the samples have. */
  cleanRows: number;
  /** The profile's column keys to write, in order (default: all of them). */
  columns?: string[];
  /**
   * Columns written in the errori file only, after the model's: [key, header, rule id of
   * the finding on their header cell (default: "modello.colonna.non-riconosciuta")].
   */
  extraColumns?: [string, string, string?][];
  /** A "Totale" row under the data: the keys whose column it sums (none: no totals row). */
  totalKeys: string[];
  mistakes: Mistake[];
  /** In the errori file, the totals row's cell of `key` is off by `delta` euro. */
  totalsMistake?: { key: string; ruleId: string; delta: number };
  /** Sheet-level infos every list of this profile gets (e.g. the share of the appropriation used). */
  sheetInfos: string[];
}

export function profileOf(id: string): ProfileDefinition {
  const p = PROFILES.find((x) => x.id === id);
  if (!p) throw new Error(`unknown profile ${id}`);
  return p;
}

/** Column letters of a 1-based column number. */
export function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export const d = (y: number, m: number, day: number): Date => new Date(Date.UTC(y, m - 1, day));
