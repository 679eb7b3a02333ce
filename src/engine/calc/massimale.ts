/**
 * Monthly cap of the integrazione salariale (art. 3 c. 5 and 5-bis D.Lgs. 148/2015).
 * Up to 2021 two tiers chosen by the monthly pay including the 13th/14th-month
 * shares; from 2022 one cap for everybody. Edilizia and lapideo have their own
 * published +20% figures for intemperie stagionali (art. 2 c. 17 L. 549/1995).
 */
import type { InForce } from "../../rules/lookup";
import { valueAt } from "../../rules/lookup";
import { isoOf, italianOf, type Day } from "../dates";
import { notAvailable, valueError } from "../errors";
import { formatEuro, type Dec } from "../money";
import { entryDecimal } from "../rule-values";

export type Settore = "generale" | "edilizia" | "lapideo";
export type Fascia = "inferiore" | "superiore" | "unico";

export interface MassimaleInput {
  day: Day;
  /** Monthly pay including the ratei of the extra months; needed only up to 2021. */
  retribuzioneMensile: Dec | null;
  netto: boolean;
  settore: Settore;
}

export interface Massimale {
  importo: Dec;
  fascia: Fascia;
  at: InForce;
  /** The pay threshold of the year (two-tier years only). */
  soglia?: Dec;
}

type Pair = { lordo: string; netto: string };
type Tiers = Record<Fascia, Pair>;

/** The rule ids of each cap, written out so that every id is visible to a reader. */
const RULE_IDS: Record<"generale" | "edilizia", Tiers> = {
  generale: {
    inferiore: { lordo: "massimale.inferiore.lordo", netto: "massimale.inferiore.netto" },
    superiore: { lordo: "massimale.superiore.lordo", netto: "massimale.superiore.netto" },
    unico: { lordo: "massimale.unico.lordo", netto: "massimale.unico.netto" },
  },
  edilizia: {
    inferiore: { lordo: "massimale.edilizia.inferiore.lordo", netto: "massimale.edilizia.inferiore.netto" },
    superiore: { lordo: "massimale.edilizia.superiore.lordo", netto: "massimale.edilizia.superiore.netto" },
    unico: { lordo: "massimale.edilizia.unico.lordo", netto: "massimale.edilizia.unico.netto" },
  },
};

/** The cap rule id for a sector, tier and net/gross choice. */
export function massimaleRuleId(settore: Settore, fascia: Fascia, netto: boolean): string {
  const tiers = RULE_IDS[settore === "generale" ? "generale" : "edilizia"];
  return netto ? tiers[fascia].netto : tiers[fascia].lordo;
}

function capAt(ruleId: string, day: Day): InForce {
  const found = valueAt(ruleId, isoOf(day));
  if (found.ok) return found;
  throw found.reason === "non-ancora-pubblicato"
    ? notAvailable("massimale.non.pubblicato", { anno: day.getFullYear() })
    : notAvailable("massimale.non.in.vigore", { data: italianOf(day) });
}

/** The regime of caps in force on a day: "due-fasce" or "unico". */
export function regimeMassimale(day: Day): "due-fasce" | "unico" {
  const regime = valueAt("massimale.regime", isoOf(day));
  if (!regime.ok) throw notAvailable("massimale.non.in.vigore", { data: italianOf(day) });
  return regime.entry.value === "unico" ? "unico" : "due-fasce";
}

export function massimale(input: MassimaleInput): Massimale {
  const { day, netto, settore } = input;
  if (regimeMassimale(day) === "unico") {
    const at = capAt(massimaleRuleId(settore, "unico", netto), day);
    return { importo: entryDecimal(at.entry), fascia: "unico", at };
  }
  const sogliaAt = capAt("massimale.soglia", day);
  const soglia = entryDecimal(sogliaAt.entry);
  if (input.retribuzioneMensile === null) {
    throw valueError("massimale.retribuzione.mancante", { anno: day.getFullYear(), soglia: formatEuro(soglia) });
  }
  const fascia: Fascia = input.retribuzioneMensile.lte(soglia) ? "inferiore" : "superiore";
  const at = capAt(massimaleRuleId(settore, fascia, netto), day);
  return { importo: entryDecimal(at.entry), fascia, at, soglia };
}
