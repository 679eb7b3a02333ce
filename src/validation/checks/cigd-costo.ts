/**
 * Profile C cost check: hours × the average hourly cost of the province and
 * qualifica (INPS circ. 61/2020 tables, src/engine/calc/costo-cigd.ts).
 */
import { costoCigd, costoOrarioCigd, type Provincia, type Qualifica } from "../../engine/calc/costo-cigd";
import { CigError } from "../../engine/errors";
import { formatEuro } from "../../engine/money";
import type { Context } from "../context";
import { euro, isNum, monthsText, type Rec } from "./common";

const CENTS_TOLERANCE = 1;
const PROVINCE: Record<string, Provincia> = { Trento: "trento", Bolzano: "bolzano" };
const QUALIFICHE: Record<string, Qualifica> = {
  apprendista: "apprendisti",
  operaio: "operai",
  impiegato: "impiegati",
  quadro: "quadri",
};

export function costoCigdCheck(ctx: Context, K: Readonly<Record<string, number>>): { row(rec: Rec): void } {
  return {
    row(rec: Rec): void {
      const v = rec.v;
      const costo = v[K.costo];
      const ore = v[K.ore];
      const provincia = PROVINCE[String(v[K.provincia])];
      const qualifica = QUALIFICHE[String(v[K.qualifica])];
      if (!isNum(costo) || !isNum(ore) || !provincia || !qualifica) return;
      try {
        const cents = costoCigd(provincia, qualifica, ore).times(100).toNumber();
        if (Math.abs(costo - cents) > CENTS_TOLERANCE) {
          ctx.add(
            rec.r,
            K.costo,
            "cigd.costo.calcolo",
            "errore",
            "validazione.cigd.costo",
            {
              indicato: euro(costo),
              ore: monthsText(ore),
              costoOrario: formatEuro(costoOrarioCigd(provincia, qualifica)),
              provincia: String(v[K.provincia]),
              qualifica: qualifica,
              calcolato: euro(cents),
            },
            "inps-circ-61-2020",
          );
        }
      } catch (e) {
        if (!(e instanceof CigError)) throw e;
        ctx.ruleUnavailable("cigd.costo-orario", e.message, "inps-circ-61-2020");
      }
    },
  };
}
