/**
 * Ordinary contribution that funds each scheme (verified-facts §3): CIGO by size
 * (art. 13 c. 1: up to 50 / over 50 employees; operai of edilizia and lapidei at
 * their own rates), CIGS (art. 23), FIS by size class (art. 29 c. 8): before 2022
 * only employers over 5 employees, from 2022 every size. The 2022-only reductions
 * (L. 234/2021 c. 219) are dated values of the same rules, except the CIGS one,
 * which is only for employers over 15 employees outside the CIGO.
 */
import type { InForce } from "../../rules/lookup";
import type { Day } from "../dates";
import { valueError } from "../errors";
import { toCents, type Dec } from "../money";
import { decimalAt, isInForce, numberAt } from "../rule-values";
import type { Settore } from "./massimale";

export type Gestione = "CIGO" | "CIGS" | "FIS";

export interface ContributoOrdinarioInput {
  imponibile: Dec;
  gestione: Gestione;
  /** Average employees (CIGO: previous year; FIS: reference half-year). */
  dipendenti: number;
  day: Day;
  /** CIGO only: "edilizia" / "lapideo" select the operai rates. */
  settore: Settore;
  /** CIGS in 2022: the employer is also covered by the CIGO, so no reduction. */
  tutelaCigo: boolean;
  /** FIS from 2025: up to 5 employees and no AIS request for 24 months (art. 29 c. 8-bis). */
  ridotto: boolean;
}

export interface ContributoOrdinario {
  importo: Dec;
  aliquota: Dec;
  at: InForce;
}

function rateRuleCigo(input: ContributoOrdinarioInput): string {
  if (input.settore === "edilizia") return "contribuzione.cigo.edilizia-operai";
  if (input.settore === "lapideo") return "contribuzione.cigo.lapideo-operai";
  const soglia = numberAt("contribuzione.cigo.soglia-dipendenti", input.day).value;
  return input.dipendenti <= soglia ? "contribuzione.cigo.fino-50" : "contribuzione.cigo.oltre-50";
}

function rateRuleCigs(input: ContributoOrdinarioInput): string {
  const { day } = input;
  if (!input.tutelaCigo && isInForce("contribuzione.cigs.ridotta-2022", day)) {
    const soglia = numberAt("contribuzione.cigs.soglia-riduzione-2022", day).value;
    if (input.dipendenti > soglia) return "contribuzione.cigs.ridotta-2022";
  }
  return "contribuzione.cigs";
}

function rateRuleFis(input: ContributoOrdinarioInput): string {
  const { day } = input;
  const piccoli = numberAt("fis.soglia.piccoli", day).value;
  if (input.dipendenti <= piccoli)
    return input.ridotto ? "contribuzione.fis.fino-5.ridotta" : "contribuzione.fis.fino-5";
  if (input.ridotto) throw valueError("contributo.ridotto.solo.fis", { soglia: piccoli });
  const grandi = numberAt("fis.soglia.grandi", day).value;
  return input.dipendenti <= grandi ? "contribuzione.fis.da-6-a-15" : "contribuzione.fis.oltre-15";
}

/** The rule id of the rate that applies. */
export function aliquotaRuleId(input: ContributoOrdinarioInput): string {
  if (input.gestione !== "CIGO" && input.settore !== "generale") {
    throw valueError("contributo.settore.solo.cigo", { gestione: input.gestione });
  }
  if (input.gestione !== "FIS" && input.ridotto) {
    throw valueError("contributo.ridotto.solo.fis", { soglia: numberAt("fis.soglia.piccoli", input.day).value });
  }
  switch (input.gestione) {
    case "CIGO":
      return rateRuleCigo(input);
    case "CIGS":
      return rateRuleCigs(input);
    case "FIS":
      return rateRuleFis(input);
  }
}

/** imponibile × rate in force, half-up to the cent. */
export function contributoOrdinario(input: ContributoOrdinarioInput): ContributoOrdinario {
  const { value, at } = decimalAt(aliquotaRuleId(input), input.day);
  return { importo: toCents(input.imponibile.times(value)), aliquota: value, at };
}
