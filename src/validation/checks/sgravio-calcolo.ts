/**
 * Profile D relief check: 35% of the employer's contributions when the hours
 * reduction is above 20%, else 0. Waits for src/engine/calc/sgravio-solidarieta.ts.
 */
import type { Context } from "../context";
import type { Rec } from "./common";

export function sgravioCalcoloCheck(_ctx: Context, _K: Readonly<Record<string, number>>): { row(rec: Rec): void } {
  return { row() {} };
}
