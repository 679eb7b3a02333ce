/**
 * Contributo addizionale (art. 5 D.Lgs. 148/2015). The band is the one the pay
 * period starts in, from the weeks actually used in the quinquennio mobile before
 * the period: a higher rate applies from the month after the threshold is
 * exceeded (INPS circ. 199/2016 and 9/2017), so the period's own weeks never
 * split the amount.
 */
import type { InForce } from "../../rules/lookup";
import { italianOf, type Day } from "../dates";
import { notAvailable } from "../errors";
import { toCents, type Dec } from "../money";
import { decimalAt, isInForce, numberAt } from "../rule-values";

export type RegimeAddizionale = "standard" | "ridotto" | "fis" | "cigd" | "art42" | "esente";

export interface AliquotaAddizionale {
  aliquota: Dec;
  /** 1, 2 or 3 for the banded regimes; null for the flat ones. */
  fascia: 1 | 2 | 3 | null;
  at: InForce;
}

/** Rule ids of the banded scales, by regime and band. */
const SCALE: Record<"standard" | "ridotto", [string, string, string]> = {
  standard: ["addizionale.aliquota.prima", "addizionale.aliquota.seconda", "addizionale.aliquota.terza"],
  // Art. 5 c. 1-ter reduces only the first two bands; beyond 104 weeks the 15% stays.
  ridotto: ["addizionale.ridotta.prima", "addizionale.ridotta.seconda", "addizionale.aliquota.terza"],
};

/** Rule ids of the flat regimes. */
const FLAT: Record<"fis" | "cigd" | "art42" | "esente", string> = {
  fis: "addizionale.fis",
  cigd: "addizionale.cigd",
  art42: "addizionale.art42",
  esente: "addizionale.esente",
};

/** The band (1, 2, 3) a period starts in after `settimanePrecedenti` weeks used. */
export function fasciaAddizionale(settimanePrecedenti: number, day: Day): 1 | 2 | 3 {
  const prima = numberAt("addizionale.soglia.prima", day).value;
  const seconda = numberAt("addizionale.soglia.seconda", day).value;
  if (settimanePrecedenti <= prima) return 1;
  if (settimanePrecedenti <= seconda) return 2;
  return 3;
}

export function aliquotaAddizionale(
  settimanePrecedenti: number,
  regime: RegimeAddizionale,
  day: Day,
): AliquotaAddizionale {
  if (regime === "standard" || regime === "ridotto") {
    const scale = SCALE[regime];
    if (!isInForce(scale[0], day)) {
      throw notAvailable("addizionale.regime.non.in.vigore", { regime, data: italianOf(day) });
    }
    const fascia = fasciaAddizionale(settimanePrecedenti, day);
    const { value, at } = decimalAt(scale[fascia - 1], day);
    return { aliquota: value, fascia, at };
  }
  const ruleId = FLAT[regime];
  if (!isInForce(ruleId, day)) throw notAvailable("addizionale.regime.non.in.vigore", { regime, data: italianOf(day) });
  const { value, at } = decimalAt(ruleId, day);
  return { aliquota: value, fascia: null, at };
}

export interface ContributoAddizionale extends AliquotaAddizionale {
  importo: Dec;
}

/** The contributo addizionale of one pay period: lost pay × rate, half-up to the cent. */
export function contributoAddizionale(
  retribuzionePersa: Dec,
  settimanePrecedenti: number,
  regime: RegimeAddizionale,
  day: Day,
): ContributoAddizionale {
  const rate = aliquotaAddizionale(settimanePrecedenti, regime, day);
  return { ...rate, importo: toCents(retribuzionePersa.times(rate.aliquota)) };
}
