import { aliquotaAddizionale } from "../../engine/calc/addizionale";
import { number, optionalPeriodo } from "../args";
import { excelCall } from "../excel";
import { regime as readRegime } from "../regime";

/**
 * Aliquota del contributo addizionale (come frazione, es. 0,09) per un periodo di paga che inizia dopo le settimane già fruite.
 * @customfunction ADDIZIONALE.ALIQUOTA ADDIZIONALE.ALIQUOTA
 * @helpurl https://localhost:3000/help/addizionale-aliquota.html
 * @param settimane_precedenti Settimane di integrazione effettivamente fruite nel quinquennio mobile prima del periodo.
 * @param [regime] "standard" (predefinito), "ridotto" (dal 2025), "fis", "cigd", "art42" o "esente".
 * @param [periodo] Anno o data del periodo di paga; se omesso, la data di oggi.
 * @returns Aliquota come frazione (formattare la cella come percentuale).
 */
export function addizionaleAliquota(settimane_precedenti: any, regime?: any, periodo?: any): number {
  return excelCall(() => {
    const weeks = number(settimane_precedenti, "settimane_precedenti", { min: 0 });
    const p = optionalPeriodo(periodo, "periodo");
    return aliquotaAddizionale(weeks, readRegime(regime), p.day).aliquota.toNumber();
  });
}
