import { analyzeCodiceFiscalePersona, birthDateFromCodiceFiscale, checkCharacter } from "../../engine/codice-fiscale";
import { dayOf, serialOf, type Day } from "../../engine/dates";
import { notAvailable, valueError } from "../../engine/errors";
import { codeText } from "../args";
import { excelCall } from "../excel";

const NOME = "codice_fiscale";

/** Today as a calendar day (the century of the birth year depends on it). */
function today(): Day {
  const now = new Date();
  return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate()) as Day;
}

/**
 * Data di nascita contenuta nel codice fiscale di una persona, come data di Excel (il secolo è quello che dà un'età tra 0 e 100 anni oggi); giorno +40 per le donne e omocodia considerati.
 * @customfunction CF.NASCITA CF.NASCITA
 * @helpurl https://localhost:3000/help/cf-nascita.html
 * @param codice_fiscale Codice fiscale di una persona (16 caratteri).
 * @returns Data di nascita (numero di serie: formattare la cella come data).
 */
export function cfNascita(codice_fiscale: any): number {
  return excelCall(() => {
    const code = codeText(codice_fiscale, NOME);
    const compact = code.replace(/\s+/g, "");
    if (/^\d{11}$/.test(compact)) throw valueError("cf.societa", { nome: NOME, codice: compact });
    const cf = analyzeCodiceFiscalePersona(code);
    if (!cf.valid) {
      const slots = { nome: NOME, codice: cf.normalized, n: cf.normalized.length };
      switch (cf.reason) {
        case "lunghezza":
          throw valueError("cf.lunghezza", slots);
        case "caratteri":
          throw valueError("cf.caratteri", slots);
        case "data":
          throw valueError("cf.data", slots);
        default:
          throw valueError("cf.controllo", { ...slots, atteso: checkCharacter(cf.normalized.slice(0, 15)) });
      }
    }
    const birth = birthDateFromCodiceFiscale(code, today());
    if (!birth) throw notAvailable("cf.secolo", { nome: NOME, codice: cf.normalized });
    return serialOf(birth);
  });
}
