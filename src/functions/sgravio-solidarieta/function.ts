import { sgravioSolidarieta as sgravio } from "../../engine/calc/sgravio-solidarieta";
import { centsNumber } from "../../engine/money";
import { amount, fraction, optionalPeriodo } from "../args";
import { excelCall } from "../excel";

/**
 * Sgravio contributivo per i contratti di solidarietà prorogati (D.I. 98189/2016, circ. MLPS 3/2017): 35% della contribuzione a carico del datore se la riduzione d'orario del lavoratore supera il 20%, altrimenti zero; solo 2016–2018.
 * @customfunction SGRAVIO.SOLIDARIETA SGRAVIO.SOLIDARIETA
 * @helpurl https://localhost:3000/help/sgravio-solidarieta.html
 * @param contribuzione_datore Contribuzione a carico del datore dovuta per il lavoratore, in euro.
 * @param riduzione_oraria Riduzione d'orario del lavoratore, come percentuale (20% o 0,2).
 * @param [periodo] Anno o data del periodo di solidarietà (2016–2018); se omesso, la data di oggi.
 * @returns Sgravio in euro, arrotondato al centesimo.
 */
export function sgravioSolidarieta(contribuzione_datore: any, riduzione_oraria: any, periodo?: any): number {
  return excelCall(() => {
    const base = amount(contribuzione_datore, "contribuzione_datore");
    const riduzione = fraction(riduzione_oraria, "riduzione_oraria");
    const p = optionalPeriodo(periodo, "periodo");
    return centsNumber(sgravio(base, riduzione, p.day));
  });
}
