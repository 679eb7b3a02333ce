import { isCodiceFiscaleValido } from "../../engine/codice-fiscale";
import { codeText } from "../args";
import { excelCall } from "../excel";

/**
 * VERO se il codice fiscale è valido: di una persona (16 caratteri, con carattere di controllo e omocodia) o di una società (11 cifre, come la partita IVA).
 * @customfunction CF.VALIDO CF.VALIDO
 * @helpurl https://localhost:3000/help/cf-valido.html
 * @param codice_fiscale Codice fiscale da controllare (maiuscole o minuscole, spazi ignorati).
 * @returns VERO o FALSO.
 */
export function cfValido(codice_fiscale: any): boolean {
  return excelCall(() => isCodiceFiscaleValido(codeText(codice_fiscale, "codice_fiscale")));
}
