/** Italian messages of the calculation functions (weeks, contributions, reliefs, CIGD, codice fiscale, sources). */
export const CALC_MESSAGES = {
  "periodi.incompleto": "Periodo n. {n}: manca {manca} (inizio «{inizio}», fine «{fine}»).",
  "periodi.inizio.dopo.fine": "Periodo n. {n}: l'inizio {inizio} è successivo alla fine {fine}.",
  "settimane.anni": "«{nome}» deve essere 2 (biennio mobile) o 5 (quinquennio mobile): ricevuto {valore}.",
  "settimane.dipendenti.mancanti":
    "Per il FIS le settimane dipendono dai dipendenti del datore: indicare «dipendenti».",
  "contributo.settore.solo.cigo": "«settore» (edilizia, lapideo) vale solo per la gestione CIGO, non per «{gestione}».",
  "contributo.ridotto.solo.fis": "La riduzione «ridotto» vale solo per il FIS dei datori fino a {soglia} dipendenti.",
  "cf.lunghezza":
    "«{nome}»: il codice fiscale di una persona ha 16 caratteri, quello di una società 11 cifre; ricevuti {n} caratteri.",
  "cf.caratteri": "«{nome}»: «{codice}» contiene caratteri non ammessi nelle loro posizioni.",
  "cf.data": "«{nome}»: «{codice}» non contiene una data di nascita valida.",
  "cf.controllo": "«{nome}»: il carattere di controllo di «{codice}» non corrisponde (atteso «{atteso}»).",
  "cf.societa": "«{nome}»: «{codice}» è il codice di una società (11 cifre) e non contiene una data di nascita.",
  "cf.secolo": "«{nome}»: nessun secolo dà un'età tra 0 e 100 anni per la data di nascita di «{codice}».",
  "tabella.anni.invertiti": "«dal» ({dal}) è successivo ad «al» ({al}).",
  "tabella.vuota": "Nessun massimale in tabella tra il {dal} e il {al}: la tabella copre dal {primo} al {ultimo}.",
  "fonte.regola.sconosciuta":
    "Regola «{regola}» non trovata. Gli identificativi delle regole sono elencati nelle pagine di aiuto delle funzioni CIG (es. «massimale.unico.lordo»){simili}.",
} as const;
