/**
 * Weeks still available in the biennio mobile: the limit in force on the reference
 * day minus the weeks used in the two years ending on it (never below zero).
 * CIGO: 52 weeks (art. 12 c. 3 D.Lgs. 148/2015). FIS: by the employer's size —
 * 2016–2021 26 weeks only over 15 employees (art. 29 c. 3, original text); from
 * 2022 13 weeks up to 5 employees and 26 over 5 (DI 21-07-2022 art. 6).
 * CIGS limits are in months over a quinquennio and are not in scope here.
 */
import type { InForce } from "../../rules/lookup";
import type { Day } from "../dates";
import { valueError } from "../errors";
import { numberAt } from "../rule-values";
import { BIENNIO, settimaneUtilizzate, type PeriodoUtilizzo, type Utilizzo } from "./settimane";

export type GestioneDurata = "CIGO" | "FIS";

export interface SettimaneResidue {
  residue: number;
  limite: number;
  utilizzo: Utilizzo;
  at: InForce;
}

/** The rule id of the weeks limit for the scheme and size. */
export function limiteRuleId(gestione: GestioneDurata, dipendenti: number | null, day: Day): string {
  if (gestione === "CIGO") return "durata.cigo.settimane-biennio";
  if (dipendenti === null) throw valueError("settimane.dipendenti.mancanti");
  if (dipendenti <= numberAt("fis.soglia.piccoli", day).value) return "durata.fis.settimane.fino-5";
  if (dipendenti <= numberAt("fis.soglia.grandi", day).value) return "durata.fis.settimane.da-6-a-15";
  return "durata.fis.settimane.oltre-15";
}

export function settimaneResidue(
  periodi: PeriodoUtilizzo[],
  dataRiferimento: Day,
  gestione: GestioneDurata,
  dipendenti: number | null,
): SettimaneResidue {
  const { value: limite, at } = numberAt(limiteRuleId(gestione, dipendenti, dataRiferimento), dataRiferimento);
  const utilizzo = settimaneUtilizzate(periodi, dataRiferimento, BIENNIO);
  return { residue: Math.max(0, limite - utilizzo.settimane), limite, utilizzo, at };
}
