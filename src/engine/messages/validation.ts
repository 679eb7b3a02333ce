/** Italian messages of the Ministry-model validation (findings shown in the task pane and the CLI). */
export const VALIDATION_MESSAGES = {
  // --- sheet structure ---
  "validazione.profilo.non-riconosciuto":
    "Il foglio non corrisponde a nessun modello: nelle prime {righe} righe non c'è una riga di intestazione con almeno {minimo} colonne riconosciute.",
  "validazione.profilo.sconosciuto": "Modello «{profilo}» sconosciuto: i modelli disponibili sono {ammessi}.",
  "validazione.intestazione.non-trovata":
    "Intestazione del modello «{profilo}» non trovata: nelle prime {righe} righe nessuna riga ha almeno {minimo} colonne del modello.",
  /** The column text of a finding about the whole sheet. */
  "validazione.colonna.foglio": "Foglio",
  "validazione.colonna.mancante": "Manca la colonna obbligatoria «{colonna}» (modello «{profilo}»).",
  "validazione.colonna.non-riconosciuta":
    "Colonna «{intestazione}» non riconosciuta: non fa parte del modello «{profilo}» e viene ignorata.",
  "validazione.colonna.duplicata":
    "La colonna «{colonna}» compare due volte: si usa quella in {prima}, questa viene ignorata.",
  "validazione.dati.assenti": "Nessuna riga di dati sotto l'intestazione.",
  "validazione.regola.non-disponibile": "Controllo non eseguito: {dettaglio}",
  // --- cells ---
  "validazione.cella.errore-excel": "La cella contiene l'errore di Excel {valore}.",
  "validazione.cella.formula-senza-valore":
    "La cella contiene una formula senza valore calcolato: aprire e salvare il file in Excel.",
  "validazione.cella.obbligatoria": "«{colonna}» è obbligatoria ed è vuota.",
  "validazione.data.non-valida": "«{valore}» non è una data valida (gg/mm/aaaa, tra il 01/01/1900 e il 31/12/2100).",
  "validazione.data.testo":
    "Data scritta come testo («{valore}»): letta come {data}; meglio inserirla come data di Excel.",
  "validazione.numero.non-valido": "«{valore}» non è un numero.",
  "validazione.numero.testo":
    "Numero scritto come testo («{valore}»): letto come {numero}; meglio inserirlo come numero.",
  "validazione.importo.negativo": "L'importo non può essere negativo: {valore}.",
  "validazione.importo.decimali": "L'importo {valore} ha più di due decimali: viene arrotondato a € {arrotondato}.",
  "validazione.cf.non-valido": "Codice fiscale «{valore}» non valido: {motivo}.",
  "validazione.cf.minuscolo": "Codice fiscale «{valore}» scritto in minuscolo: va scritto in maiuscolo ({corretto}).",
  "validazione.cf-azienda.non-valido":
    "Codice fiscale / partita IVA dell'azienda «{valore}» non valido: servono 11 cifre con la cifra di controllo giusta, o un codice di 16 caratteri valido.",
  "validazione.cf.data-nascita":
    "La data di nascita {data} non corrisponde al codice fiscale {cf}, che indica il {dataCf}.",
  "validazione.cf.sesso": "Il sesso «{sesso}» non corrisponde al codice fiscale {cf}, che indica «{sessoCf}».",
  "validazione.scelta.non-valida": "«{valore}» non è un valore ammesso per «{colonna}»: {ammessi}.",
  "validazione.totale.differenza":
    "Il totale della colonna «{colonna}» è {totale} ma la somma delle righe è {somma} (differenza {differenza}).",
  // --- profile A: mobilità in deroga ---
  "validazione.mobilita.trattamento": "Al {data} il lavoratore deve essere in {ammessi}: indicato «{valore}».",
  "validazione.mobilita.decorrenza":
    "Il periodo inizia il {inizio}: il finanziamento {anno} copre solo periodi dal {decorrenza}.",
  "validazione.mobilita.continuita.buco":
    "Il periodo inizia il {inizio} ma il trattamento precedente è finito il {fine}: mancano {giorni} giorni di continuità (doveva iniziare il {atteso}).",
  "validazione.mobilita.continuita.sovrapposto":
    "Il periodo inizia il {inizio} ma il trattamento precedente è finito il {fine}: i periodi si sovrappongono di {giorni} giorni (doveva iniziare il {atteso}).",
  "validazione.periodo.ordine": "La data di fine {fine} è precedente alla data di inizio {inizio}.",
  "validazione.periodo.durata": "Il periodo dal {inizio} al {fine} dura {mesi} mesi: il massimo è {massimo}.",
  "validazione.mobilita.oltre-anno":
    "Il periodo finisce il {fine}, oltre il {limite}: la parte eccedente non rientra nel finanziamento {anno}.",
  "validazione.mobilita.mesi": "Indicati {indicati} mesi, ma dal {inizio} al {fine} i mesi sono {calcolati}.",
  "validazione.mobilita.importo.zero": "L'importo mensile deve essere maggiore di zero: indicato € {importo}.",
  "validazione.mobilita.importo.massimale":
    "L'importo mensile € {importo} supera il massimale della mobilità (fascia superiore € {massimale} lordi).",
  "validazione.mobilita.importo.fascia":
    "L'importo mensile € {importo} supera la fascia inferiore (€ {massimale} lordi): verificare che la retribuzione dia diritto alla fascia superiore.",
  "validazione.mobilita.fabbisogno":
    "Il fabbisogno indicato è € {indicato}, ma {calcolo} = € {calcolato} (differenza € {differenza}).",
  "validazione.mobilita.patto.successivo":
    "Il patto di servizio è del {patto}, dopo l'inizio del periodo ({inizio}): va sottoscritto o aggiornato prima.",
  "validazione.mobilita.patto.futuro": "La data del patto di servizio {patto} è nel futuro (oggi è il {oggi}).",
  "validazione.mobilita.politica.avvio":
    "Il percorso di politica attiva inizia il {avvio}, fuori dal periodo dal {inizio} al {fine}.",
  "validazione.mobilita.politica.durata":
    "La durata del percorso di politica attiva deve essere maggiore di zero: indicate {ore} ore.",
  "validazione.mobilita.esito":
    "Il trattamento precedente è finito il {fine}: va indicato l'esito dei percorsi di politica attiva dell'anno precedente.",
  "validazione.mobilita.privacy":
    "L'informativa privacy risulta non sottoscritta («{valore}»): va firmata dal lavoratore.",
  "validazione.mobilita.semestre":
    "Semestre {semestre}, ma il periodo inizia il {inizio} (mese {mese}): il semestre 1 è gennaio–giugno, il 2 luglio–dicembre.",
  "validazione.duplicato.sovrapposto":
    "Il codice fiscale {cf} compare anche alla riga {altra} con un periodo che si sovrappone ({periodo}).",
  "validazione.mobilita.mesi-totali":
    "Il codice fiscale {cf} ha {mesi} mesi in totale su {righe} righe: il massimo è {massimo}.",
  "validazione.stanziamento.quota": "{etichetta}: richiesti € {richiesto} su € {stanziamento} ({quota} delle risorse).",
  "validazione.stanziamento.superato":
    "{etichetta}: richiesti € {richiesto}, oltre le risorse di € {stanziamento} ({quota}).",
  "validazione.stanziamento.assente":
    "{etichetta}: nessuno stanziamento in tabella per il {anno}: i periodi di quell'anno non sono finanziati.",
  // --- profile B: CIGS aree di crisi ---
  "validazione.qualifica.dirigente":
    "I dirigenti non possono beneficiare dell'integrazione salariale (qualifica «{valore}»).",
  "validazione.cigs.anzianita":
    "Assunto il {assunzione}: all'inizio del periodo ({inizio}) ha {giorni} giorni di anzianità, ne servono almeno {minimo}.",
  "validazione.cigs.anno": "Il periodo dal {inizio} al {fine} deve stare in un solo anno solare.",
  "validazione.cigs.ore":
    "Ore di integrazione richieste {richieste}, oltre le ore contrattuali del periodo ({contrattuali}: {settimanali} ore settimanali × {settimane} settimane).",
  "validazione.cigs.costo":
    "Il costo stimato è € {indicato}, ma {calcolo} = € {calcolato} (differenza € {differenza}).",
  "validazione.cigs.addizionale":
    "Periodo autorizzato per il {anno}: il contributo addizionale non è dovuto (salvo licenziamenti collettivi).",
  // --- profile C: CIGD COVID-19 Trento/Bolzano ---
  "validazione.cigd.codice":
    "I datori con codice di autorizzazione {codice} sono coperti dai Fondi di solidarietà di Trento e Bolzano e non possono chiedere la CIGD.",
  "validazione.cigd.assunzione": "Assunto il {assunzione}: il lavoratore doveva essere in forza entro il {limite}.",
  "validazione.cigd.finestra":
    "Il periodo dal {inizio} al {fine} esce dalla finestra della CIGD COVID-19 ({da} – {a}).",
  "validazione.cigd.settimane":
    "L'azienda {azienda} chiede {settimane} settimane di CIGD (unione dei periodi, anche non continuativi): il massimo è {massimo}.",
  "validazione.cigd.accordo":
    "L'azienda ha {dipendenti} dipendenti (più di {soglia}): serve l'accordo sindacale, indicato «{valore}».",
  "validazione.cigd.costo":
    "Il costo stimato è € {indicato}, ma {ore} ore × € {costoOrario} (costo medio orario {provincia}, {qualifica}) = € {calcolato}.",
  "validazione.cigd.addizionale": "Per la CIGD COVID-19 non è dovuto il contributo addizionale.",
  // --- profile D: sgravio solidarietà ---
  "validazione.sgravio.calcolo":
    "Lo sgravio richiesto è € {indicato}, ma {calcolo} = € {calcolato} (differenza € {differenza}).",
  "validazione.sgravio.durata":
    "L'unità produttiva «{unita}» ha {mesi} mesi di sgravio in totale: il massimo è {massimo}.",
  "validazione.sgravio.anni": "Il periodo dal {inizio} al {fine} esce dagli anni finanziati ({anni}).",
} as const;
