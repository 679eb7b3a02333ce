import { contributoAddizionale } from "../../engine/calc/addizionale";
import { centsNumber } from "../../engine/money";
import { amount, number, optionalPeriodo } from "../args";
import { excelCall } from "../excel";
import { regime as readRegime } from "../regime";

/**
 * Contributo addizionale dovuto per un periodo di paga: retribuzione persa per l'aliquota della fascia in cui il periodo inizia (art. 5 D.Lgs. 148/2015).
 * @customfunction ADDIZIONALE ADDIZIONALE
 * @helpurl https://localhost:3000/help/addizionale.html
 * @param retribuzione_persa Retribuzione globale persa nel periodo di paga per le ore non lavorate, in euro.
 * @param settimane_precedenti Settimane di integrazione effettivamente fruite nel quinquennio mobile prima del periodo.
 * @param [regime] "standard" (predefinito), "ridotto" (dal 2025, art. 5 c. 1-ter), "fis", "cigd", "art42" o "esente".
 * @param [periodo] Anno o data del periodo di paga; se omesso, la data di oggi.
 * @returns Contributo in euro, arrotondato al centesimo.
 */
export function addizionale(retribuzione_persa: any, settimane_precedenti: any, regime?: any, periodo?: any): number {
  return excelCall(() => {
    const lost = amount(retribuzione_persa, "retribuzione_persa");
    const weeks = number(settimane_precedenti, "settimane_precedenti", { min: 0 });
    const p = optionalPeriodo(periodo, "periodo");
    return centsNumber(contributoAddizionale(lost, weeks, readRegime(regime), p.day).importo);
  });
}
