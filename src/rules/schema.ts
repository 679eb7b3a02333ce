/**
 * Shape of the rules table: every number the add-in uses is a dated value with
 * its legal source. Nothing outside `src/rules/data` writes a rule value.
 */

/** A calendar day written as ISO `YYYY-MM-DD` (compares correctly as a string). */
export type IsoDay = string;

export type SourceKind =
  | "decreto-legislativo"
  | "decreto-legge"
  | "legge"
  | "decreto-interministeriale"
  | "circolare-inps"
  | "messaggio-inps"
  | "circolare-mlps"
  | "nota-mlps"
  | "documento";

/** One entry of the sources catalogue: an act, a circular, or a document we read. */
export interface Source {
  id: string;
  kind: SourceKind;
  /** Number of the act or circular ("148", "4"); empty for documents without one. */
  numero: string;
  /** Date of the act (`YYYY-MM-DD`). */
  data: IsoDay;
  /** Article / paragraph cited, in the Italian form ("art. 5 c. 1 lett. a"). */
  articolo?: string;
  /** Italian title or subject, one line. */
  titolo: string;
  /** Where it can be read, when known (official page first, else the secondary page we checked). */
  url?: string;
}

export type Unit =
  "EUR" | "EUR/ora" | "frazione" | "settimane" | "mesi" | "giorni" | "ore" | "dipendenti" | "testo" | "data";

/**
 * `annuale`: a value published for one calendar year; it never carries into a
 * year without its own published value (asking for it is "not yet published").
 * `fino-a-modifica`: a value in force from its start until the next entry (or its `to`).
 */
export type Validity = "annuale" | "fino-a-modifica";

/**
 * `pubblicato`: the figure as published by the source.
 * `derivato`: computed by us with the method the source uses (no published figure found).
 * `dedotto`: inferred from a source that says "unchanged" or similar.
 */
export type EntryStatus = "pubblicato" | "derivato" | "dedotto";

export interface RuleEntry {
  /** First day in force. */
  from: IsoDay;
  /** Last day in force, when the act itself sets an end. */
  to?: IsoDay;
  /** Money and rates as decimal strings ("1423.69", "0.09"); counts as numbers; text as text. */
  value: string | number;
  source: string;
  /** Further sources that confirm the same value. */
  alsoSources?: string[];
  /** Day the value was last checked against its sources. */
  verifiedOn: IsoDay;
  status?: EntryStatus;
  /** Italian note shown in the help pages (disagreements, derivations). */
  nota?: string;
}

export interface Rule {
  id: string;
  /** Italian description, shown in help pages and CIG.FONTE. */
  descrizione: string;
  unit: Unit;
  validity: Validity;
  entries: RuleEntry[];
}

/** What a data module contributes to the table. */
export interface RuleModule {
  sources: Source[];
  rules: Rule[];
}
