/**
 * Profile C cost check: hours × the average hourly cost of the province and
 * qualifica (INPS circ. 61/2020 tables). Waits for src/engine/calc/costo-cigd.ts.
 */
import type { Context } from "../context";
import type { Rec } from "./common";

export function costoCigdCheck(_ctx: Context, _K: Readonly<Record<string, number>>): { row(rec: Rec): void } {
  return { row() {} };
}
