/**
 * Contribution relief for renewed solidarity contracts (D.I. 98189/2016, MLPS circ.
 * 3/2017 § 4.2): 35% of the employer's contributions for a worker whose hours are
 * cut by more than 20% ("in misura superiore al 20%": exactly 20% gets nothing).
 * Funded for 2016, 2017 and 2018 only: other dates are #N/A.
 */
import type { Day } from "../dates";
import { dec, toCents, type Dec } from "../money";
import { decimalAt } from "../rule-values";

/** The relief in euro, half-up to the cent. */
export function sgravioSolidarieta(contribuzioneDatore: Dec, riduzioneOraria: Dec, day: Day): Dec {
  const aliquota = decimalAt("solidarieta.sgravio.aliquota", day).value;
  const soglia = decimalAt("solidarieta.sgravio.soglia-riduzione", day).value;
  return riduzioneOraria.gt(soglia) ? toCents(contribuzioneDatore.times(aliquota)) : dec(0);
}
