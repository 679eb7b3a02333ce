/**
 * Golden tables: the cases a labour consultant can read and check by hand. Each
 * function keeps its table in src/functions/<name>/fixtures/golden.ts; the tests run
 * every case through the same adapter Excel calls, and the help pages show them as
 * examples. Expected values are written as their derivation from the published
 * figures (the oracle), never read from the rules table.
 */
import { dec, toCents } from "../engine/money";

export type ExcelErrorCode = "#VALUE!" | "#N/A";

export type Expected = number | string | boolean | unknown[][] | { errore: ExcelErrorCode };

export interface GoldenCase {
  /** Italian name of the case. */
  caso: string;
  /** The call as a consultant types it in an Italian Excel (`;` between arguments). */
  formula: string;
  /** The arguments as Excel passes them to the function (null for an omitted one). */
  args: unknown[];
  /** The expected result, written as its derivation. */
  atteso: Expected;
  /** Where the expected figure comes from. */
  fonte: string;
}

/** Euro amount: the derivation evaluated in decimal and rounded half-up to the cent. */
export function euro(expression: string | number | ReturnType<typeof dec>): number {
  return toCents(dec(expression)).toNumber();
}

/** `a × b` in decimal, rounded half-up to the cent. */
export function euroTimes(a: string | number, b: string | number): number {
  return euro(dec(a).times(b));
}

export const VALORE: { errore: ExcelErrorCode } = { errore: "#VALUE!" };
export const ND: { errore: ExcelErrorCode } = { errore: "#N/A" };
