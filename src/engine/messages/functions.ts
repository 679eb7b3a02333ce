/** Italian messages of the CIG.* functions (argument checks and rule lookups). */
export const FUNCTION_MESSAGES = {
  "argomento.obbligatorio": "Manca l'argomento «{nome}».",
  "argomento.numero": "«{nome}» deve essere un numero: ricevuto «{valore}».",
  "argomento.non.negativo": "«{nome}» non può essere negativo: ricevuto {valore}.",
  "argomento.positivo": "«{nome}» deve essere maggiore di zero: ricevuto {valore}.",
  "argomento.troppo.grande": "«{nome}» è troppo grande per un calcolo al centesimo: ricevuto {valore}.",
  "argomento.intero": "«{nome}» deve essere un numero intero: ricevuto {valore}.",
  "argomento.intervallo": "«{nome}» deve essere compreso tra {min} e {max}: ricevuto {valore}.",
  "argomento.booleano": "«{nome}» deve essere VERO o FALSO: ricevuto «{valore}».",
  "argomento.periodo":
    "«{nome}» deve essere un anno (es. 2025) o una data (gg/mm/aaaa o data di Excel): ricevuto «{valore}».",
  "argomento.data": "«{nome}» deve essere una data (gg/mm/aaaa o data di Excel): ricevuto «{valore}».",
  "argomento.scelta": "«{nome}» deve essere uno tra {ammessi}: ricevuto «{valore}».",
  "argomento.testo": "«{nome}» deve essere un testo: ricevuto «{valore}».",
  "argomento.percentuale": "«{nome}» deve essere una percentuale tra 0% e 100%: ricevuto «{valore}».",
  "argomento.matrice.dimensioni": "«{nome}» e «{altro}» devono avere lo stesso numero di celle: {n} e {m}.",
  "argomento.errore": "«{nome}» contiene un errore di Excel ({valore}).",
  "regola.non.pubblicata": "{descrizione}: il valore per il {anno} non è ancora pubblicato.",
  "regola.non.in.vigore": "{descrizione}: nessun valore in vigore il {data}.",
  "massimale.non.pubblicato": "Massimale {anno} non ancora pubblicato dall'INPS.",
  "massimale.non.in.vigore": "Nessun massimale in tabella per il {data}: la tabella copre dal 2014.",
  "massimale.retribuzione.mancante":
    "Nel {anno} il massimale dipende dalla retribuzione mensile (soglia € {soglia}): indicare «retribuzione_mensile».",
  "addizionale.regime.non.in.vigore": "Il regime «{regime}» del contributo addizionale non è in vigore il {data}.",
  "errore.interno": "Errore imprevisto nel calcolo ({dettaglio}): segnalarlo agli sviluppatori.",
} as const;
