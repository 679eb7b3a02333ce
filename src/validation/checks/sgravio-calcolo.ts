/**
 * Profile D relief check: 35% of the employer's contributions when the hours
 * reduction is above 20%, else 0 (src/engine/calc/sgravio-solidarieta.ts).
 */
import { sgravioSolidarieta } from "../../engine/calc/sgravio-solidarieta";
import { dayFromSerial } from "../../engine/dates";
import { CigError } from "../../engine/errors";
import { dec, formatPercent } from "../../engine/money";
import type { Context } from "../context";
import { euro, isNum, ruleAt, type Rec } from "./common";

const CENTS_TOLERANCE = 1;

export function sgravioCalcoloCheck(ctx: Context, K: Readonly<Record<string, number>>): { row(rec: Rec): void } {
  return {
    row(rec: Rec): void {
      const v = rec.v;
      const sgravio = v[K.sgravio];
      const contribuzione = v[K.contribuzione];
      const riduzione = v[K.riduzione];
      const inizio = v[K.inizio];
      if (!isNum(sgravio) || !isNum(contribuzione) || !isNum(riduzione) || !isNum(inizio)) return;
      const day = dayFromSerial(inizio);
      // Outside the financed years the period check already reports the row.
      const aliquota = ruleAt(ctx, "solidarieta.sgravio.aliquota", inizio, true);
      const soglia = ruleAt(ctx, "solidarieta.sgravio.soglia-riduzione", inizio, true);
      if (!day || !aliquota || !soglia) return;
      try {
        const cents = sgravioSolidarieta(dec(contribuzione).div(100), dec(riduzione), day).times(100).toNumber();
        if (Math.abs(sgravio - cents) <= CENTS_TOLERANCE) return;
        const spetta = dec(riduzione).gt(dec(soglia.entry.value));
        const calcolo = spetta
          ? `${formatPercent(aliquota.entry.value)} di € ${euro(contribuzione)} (riduzione ${formatPercent(dec(riduzione).toDecimalPlaces(4))}, oltre il ${formatPercent(soglia.entry.value)})`
          : `nessuno sgravio con una riduzione del ${formatPercent(dec(riduzione).toDecimalPlaces(4))}, non oltre il ${formatPercent(soglia.entry.value)}`;
        ctx.add(
          rec.r,
          K.sgravio,
          "sgravio.calcolo",
          "errore",
          "validazione.sgravio.calcolo",
          {
            indicato: euro(sgravio),
            calcolo,
            calcolato: euro(cents),
            differenza: euro(Math.abs(sgravio - cents)),
          },
          aliquota.entry.source,
        );
      } catch (e) {
        if (!(e instanceof CigError)) throw e;
        ctx.ruleUnavailable("solidarieta.sgravio", e.message, ctx.profile.source);
      }
    },
  };
}
