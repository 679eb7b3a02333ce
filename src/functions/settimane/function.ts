import { settimaneUtilizzate } from "../../engine/calc/settimane";
import { dateNotYear, periodList } from "../args";
import { anniFinestra } from "../finestra";
import { excelCall } from "../excel";

/**
 * Settimane di integrazione utilizzate nella finestra mobile di «anni» anni che termina alla data di riferimento (biennio mobile = 2, quinquennio mobile = 5): i periodi sovrapposti contano una volta, la settimana è di 7 giorni di calendario e le frazioni restano.
 * @customfunction SETTIMANE SETTIMANE
 * @helpurl https://localhost:3000/help/settimane.html
 * @param inizi Date di inizio dei periodi (una riga o una colonna; le celle vuote sono ignorate).
 * @param fini Date di fine dei periodi, nello stesso ordine e con lo stesso numero di celle di «inizi».
 * @param data_riferimento Ultimo giorno della finestra mobile (compreso).
 * @param [anni] 2 (predefinito, biennio mobile) o 5 (quinquennio mobile: contano solo i giorni dal 24/09/2015).
 * @returns Settimane utilizzate (giorni ÷ 7).
 */
export function settimane(inizi: any[][], fini: any[][], data_riferimento: any, anni?: any): number {
  return excelCall(() => {
    const periodi = periodList(inizi, fini, "inizi", "fini");
    const riferimento = dateNotYear(data_riferimento, "data_riferimento");
    return settimaneUtilizzate(periodi, riferimento, anniFinestra(anni)).settimane;
  });
}
