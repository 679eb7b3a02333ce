/**
 * The Ministry model profiles as data (shared/domain/modello-ministero.md).
 * A column is found by its header or one of its synonyms; adding a synonym or a
 * column is a one-line change here. Checks refer to columns by `key`.
 */

export type ColumnType =
  | "text"
  | "regione"
  | "provincia"
  | "qualifica"
  | "cf-persona"
  | "cf-azienda"
  | "date"
  | "sesso"
  | "number"
  | "importo"
  | "percentuale"
  | "si-no"
  | "semestre";

export interface ColumnDefinition {
  /** Stable identifier used by the checks. */
  key: string;
  /** Canonical header, as shown in findings. */
  header: string;
  synonyms: readonly string[];
  type: ColumnType;
  required: boolean;
  /**
   * An amount whose column sum means something (a cost, a need, a relief, the
   * contributions of the period): the summary shows its total. Per-unit rates
   * (monthly amount, hourly pay) are not summed.
   */
  total?: boolean;
}

export interface ProfileDefinition {
  id: string;
  /** Italian name. */
  name: string;
  /** Source id (rules table) of the act that asks for the list: cited by the format checks. */
  source: string;
  columns: readonly ColumnDefinition[];
  /** Key of the main amount column (splits, budget); it is one of the `total` columns. */
  amountKey: string;
  /** Keys of the text columns the summary splits the amount by. */
  splitKeys: readonly string[];
  /** Where the summary's months come from: a column, the period dates, or nowhere. */
  months: { column: string } | "dates" | "none";
}

const col = (
  key: string,
  header: string,
  type: ColumnType,
  required: boolean,
  synonyms: readonly string[] = [],
): ColumnDefinition => ({ key, header, type, required, synonyms });

/** An amount column that the summary totals. */
const summed = (c: ColumnDefinition): ColumnDefinition => ({ ...c, total: true });

export const MOBILITA_DEROGA: ProfileDefinition = {
  id: "mobilita-deroga",
  name: "Mobilità in deroga 2026 – elenco beneficiari (art. 53-ter D.L. 50/2017)",
  source: "mlps-circ-16-2025",
  columns: [
    col("regione", "Regione", "regione", true),
    col("area", "Area di crisi industriale complessa", "text", true, ["Area di crisi", "Area crisi"]),
    col("cognome", "Cognome", "text", true),
    col("nome", "Nome", "text", true),
    col("cf", "Codice fiscale", "cf-persona", true, ["CF", "C.F.", "Codice fiscale lavoratore", "CF lavoratore"]),
    col("nascita", "Data di nascita", "date", false, ["Nato il"]),
    col("sesso", "Sesso", "sesso", false),
    col("azienda", "Azienda di provenienza", "text", true, ["Datore di lavoro", "Ragione sociale"]),
    col("cfAzienda", "Codice fiscale azienda", "cf-azienda", true, ["Partita IVA", "P.IVA", "CF azienda"]),
    col("trattamento", "Trattamento al 01/01/2017", "text", true, [
      "Trattamento in corso al 1/1/2017",
      "Trattamento in corso al 01/01/2017",
    ]),
    col("fineTrattamento", "Data fine trattamento precedente", "date", true, ["Fine trattamento precedente"]),
    col("inizio", "Data inizio periodo", "date", true, ["Dal", "Inizio periodo"]),
    col("fine", "Data fine periodo", "date", true, ["Al", "Fine periodo"]),
    col("mesi", "Numero mesi", "number", true, ["Mesi", "N. mesi"]),
    col("importoMensile", "Importo mensile (€)", "importo", true, ["Importo mensile lordo"]),
    summed(col("figurativa", "Contribuzione figurativa (€)", "importo", false, ["Contribuzione figurativa"])),
    summed(col("anf", "ANF (€)", "importo", false, ["Assegno per il nucleo familiare"])),
    summed(
      col("fabbisogno", "Fabbisogno individuale (€)", "importo", true, [
        "Importo totale",
        "Costo complessivo",
        "Fabbisogno",
      ]),
    ),
    col("patto", "Data patto di servizio", "date", true, [
      "Data sottoscrizione patto di servizio personalizzato",
      "Patto di servizio",
    ]),
    col("politica", "Misure di politica attiva", "text", true, ["Percorso di politica attiva"]),
    col("avvioPercorso", "Data avvio percorso", "date", true),
    col("durataPercorso", "Durata percorso (ore)", "number", true, ["Ore percorso"]),
    col("esito", "Esito percorsi anno precedente", "text", false, ["Esito percorsi"]),
    col("privacy", "Informativa privacy sottoscritta", "si-no", true, ["Privacy", "Informativa privacy"]),
    col("semestre", "Semestre", "semestre", false, ["Elenco semestrale"]),
  ],
  amountKey: "fabbisogno",
  splitKeys: ["regione", "area"],
  months: { column: "mesi" },
};

export const CIGS_AREE_CRISI: ProfileDefinition = {
  id: "cigs-aree-crisi",
  name: "CIGS nelle aree di crisi industriale complessa – elenco lavoratori (art. 44 c. 11-bis D.Lgs. 148/2015)",
  source: "mlps-circ-3-2026",
  columns: [
    col("azienda", "Azienda", "text", true, ["Ragione sociale", "Datore di lavoro"]),
    col("cfAzienda", "Codice fiscale azienda", "cf-azienda", true, ["Partita IVA", "P.IVA", "CF azienda"]),
    col("unita", "Unità produttiva", "text", true, ["UP", "Sede"]),
    col("area", "Area di crisi industriale complessa", "text", true, ["Area di crisi"]),
    col("regione", "Regione", "regione", true),
    col("cf", "Codice fiscale", "cf-persona", true, ["CF", "C.F.", "Codice fiscale lavoratore"]),
    col("cognome", "Cognome", "text", true),
    col("nome", "Nome", "text", true),
    col("qualifica", "Qualifica", "qualifica", true),
    col("assunzione", "Data di assunzione", "date", true, ["Data assunzione"]),
    col("inizio", "Data inizio periodo", "date", true, ["Dal", "Data inizio"]),
    col("fine", "Data fine periodo", "date", true, ["Al", "Data fine"]),
    col("oreSettimanali", "Ore settimanali contrattuali", "number", true, ["Orario settimanale", "Ore settimanali"]),
    col("oreRichieste", "Ore di integrazione richieste", "number", true, ["Ore richieste", "Ore CIGS"]),
    col("retribuzioneOraria", "Retribuzione oraria (€)", "importo", true, ["Retribuzione oraria lorda"]),
    summed(col("costo", "Costo stimato (€)", "importo", true, ["Costo", "Fabbisogno"])),
    col("retribuzioneMensile", "Retribuzione mensile (€)", "importo", false, ["Retribuzione mensile lorda"]),
    col("cessazione", "Data cessazione", "date", false, ["Data di cessazione"]),
  ],
  amountKey: "costo",
  splitKeys: ["regione", "area"],
  months: "dates",
};

export const CIGD_COVID_PAT: ProfileDefinition = {
  id: "cigd-covid-pat",
  name: "CIGD COVID-19 nelle Province autonome di Trento e Bolzano (art. 22 D.L. 18/2020)",
  source: "inps-circ-61-2020",
  columns: [
    col("provincia", "Provincia", "provincia", true, ["Provincia autonoma"]),
    col("azienda", "Azienda", "text", true, ["Ragione sociale", "Datore di lavoro"]),
    col("cfAzienda", "Codice fiscale azienda", "cf-azienda", true, ["Partita IVA", "P.IVA", "CF azienda"]),
    col("codiceAutorizzazione", "Codice autorizzazione INPS", "text", true, ["Codice autorizzazione", "CA"]),
    col("dipendenti", "Numero dipendenti", "number", true, ["Dipendenti", "N. dipendenti"]),
    col("accordo", "Accordo sindacale", "si-no", true, ["Accordo"]),
    col("cf", "Codice fiscale", "cf-persona", true, ["CF", "C.F.", "Codice fiscale lavoratore"]),
    col("cognome", "Cognome", "text", true),
    col("nome", "Nome", "text", true),
    col("qualifica", "Qualifica", "qualifica", true),
    col("assunzione", "Data di assunzione", "date", true, ["Data assunzione"]),
    col("inizio", "Data inizio", "date", true, ["Dal", "Data inizio periodo"]),
    col("fine", "Data fine", "date", true, ["Al", "Data fine periodo"]),
    col("ore", "Ore richieste", "number", true, ["Ore"]),
    summed(col("costo", "Costo stimato (€)", "importo", true, ["Costo"])),
  ],
  amountKey: "costo",
  splitKeys: ["provincia"],
  months: "none",
};

export const SGRAVIO_SOLIDARIETA: ProfileDefinition = {
  id: "sgravio-solidarieta",
  name: "Reiterazione dello sgravio contributivo per i contratti di solidarietà (D.I. 98189/2016)",
  source: "mlps-circ-3-2017-sgravio",
  columns: [
    col("cf", "Codice fiscale", "cf-persona", true, ["CF", "C.F.", "Codice fiscale lavoratore"]),
    col("cognome", "Cognome", "text", true),
    col("nome", "Nome", "text", true),
    col("unita", "Unità produttiva", "text", true, ["UP"]),
    col("riduzione", "Percentuale di riduzione oraria", "percentuale", true, [
      "Riduzione oraria",
      "% riduzione",
      "Percentuale riduzione",
    ]),
    col("inizio", "Data inizio", "date", true, ["Dal", "Data inizio periodo"]),
    col("fine", "Data fine", "date", true, ["Al", "Data fine periodo"]),
    summed(
      col("contribuzione", "Contribuzione a carico del datore (€)", "importo", true, [
        "Contribuzione datore",
        "Contributi a carico del datore",
      ]),
    ),
    summed(col("sgravio", "Sgravio richiesto (€)", "importo", true, ["Sgravio"])),
  ],
  amountKey: "sgravio",
  splitKeys: ["unita"],
  months: "dates",
};

export const PROFILES: readonly ProfileDefinition[] = [
  MOBILITA_DEROGA,
  CIGS_AREE_CRISI,
  CIGD_COVID_PAT,
  SGRAVIO_SOLIDARIETA,
];

/** The index of each column key in a profile's columns (checks read records with it). */
export function columnIndex(profile: ProfileDefinition): Readonly<Record<string, number>> {
  const out: Record<string, number> = {};
  profile.columns.forEach((c, i) => (out[c.key] = i));
  return out;
}

/** Label of an amount column in the summary: its header without the unit ("Fabbisogno individuale"). */
export function amountLabel(column: ColumnDefinition): string {
  return column.header.replace(/\s*\([^)]*\)\s*$/, "");
}
