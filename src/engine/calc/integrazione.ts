/**
 * The wage supplement for the hours not worked (art. 3 D.Lgs. 148/2015): 80% of the
 * hourly pay, but never more per hour than the monthly cap divided by the hours
 * workable in the month (verified-facts §1e). The amount is hours × hourly benefit,
 * rounded half-up to the cent only at the end.
 *
 * Up to 2021 the cap's tier depends on the monthly pay *including* the monthly
 * share of the 13th/14th-month payments (art. 3 c. 5; UniEmens RetribTeorica).
 * Hourly pay × workable hours leaves those shares out and could pick the lower
 * tier wrongly, so it is not used as a stand-in: the monthly pay must be given.
 *
 * Netto: the benefit after the 5,84% reduction (art. 26 L. 41/1986) — the 80%
 * side is reduced by the same rate, the cap side is INPS's published netto cap.
 */
import type { Day } from "../dates";
import { dec, toCents, type Dec } from "../money";
import { decimalAt, numberAt } from "../rule-values";
import { massimale, type Massimale, type Settore } from "./massimale";

export interface IntegrazioneInput {
  retribuzioneOraria: Dec;
  oreIntegrate: number;
  day: Day;
  oreMensiliLavorabili: number;
  /** Monthly pay incl. the ratei of the extra months; required up to 2021. */
  retribuzioneMensile: Dec | null;
  netto: boolean;
  settore: Settore;
}

export interface Integrazione {
  /** ore × orario, half-up to the cent. */
  importo: Dec;
  /** Hourly benefit, unrounded. */
  orario: Dec;
  massimale: Massimale;
}

/** The workable hours of a month used when the user gives none (a convention of the catalogue). */
export function oreMensiliPredefinite(day: Day): number {
  return numberAt("integrazione.ore-mensili-predefinite", day).value;
}

export function integrazione(input: IntegrazioneInput): Integrazione {
  const { day } = input;
  const cap = massimale({
    day,
    retribuzioneMensile: input.retribuzioneMensile,
    netto: input.netto,
    settore: input.settore,
  });
  let ottanta = input.retribuzioneOraria.times(decimalAt("integrazione.percentuale", day).value);
  if (input.netto) ottanta = ottanta.times(dec(1).minus(decimalAt("integrazione.riduzione-netto", day).value));
  const tetto = cap.importo.div(input.oreMensiliLavorabili);
  const orario = ottanta.lte(tetto) ? ottanta : tetto;
  return { importo: toCents(orario.times(input.oreIntegrate)), orario, massimale: cap };
}
