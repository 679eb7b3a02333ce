import { settimaneResidue as residue, type GestioneDurata } from "../../engine/calc/settimane-residue";
import { choice, dateNotYear, optionalNumber, periodList } from "../args";
import { excelCall } from "../excel";

const GESTIONI: Record<string, GestioneDurata> = { cigo: "CIGO", fis: "FIS" };

/**
 * Settimane ancora disponibili nel biennio mobile che termina alla data di riferimento: CIGO 52 settimane; FIS 13 o 26 settimane secondo i dipendenti (dal 2022), 26 settimane oltre 15 dipendenti nel 2016–2021.
 * @customfunction SETTIMANE.RESIDUE SETTIMANE.RESIDUE
 * @helpurl https://localhost:3000/help/settimane-residue.html
 * @param inizi Date di inizio dei periodi già utilizzati (una riga o una colonna; le celle vuote sono ignorate).
 * @param fini Date di fine dei periodi, nello stesso ordine e con lo stesso numero di celle di «inizi».
 * @param data_riferimento Ultimo giorno del biennio mobile (compreso): di solito l'ultimo giorno del periodo da chiedere.
 * @param [gestione] "CIGO" (predefinito) o "FIS".
 * @param [dipendenti] Solo FIS: dipendenti medi del datore nel semestre di riferimento (obbligatorio per il FIS).
 * @returns Settimane residue (mai meno di zero).
 */
export function settimaneResidue(
  inizi: any[][],
  fini: any[][],
  data_riferimento: any,
  gestione?: any,
  dipendenti?: any,
): number {
  return excelCall(() => {
    const periodi = periodList(inizi, fini, "inizi", "fini");
    const riferimento = dateNotYear(data_riferimento, "data_riferimento");
    const g = choice(gestione, "gestione", GESTIONI, '"CIGO", "FIS"', "CIGO" as GestioneDurata);
    const n = optionalNumber(dipendenti, "dipendenti", null, { min: 0 });
    return residue(periodi, riferimento, g, n).residue;
  });
}
