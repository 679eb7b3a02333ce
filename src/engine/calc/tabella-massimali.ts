/**
 * The table of monthly caps by year, as published: threshold, lower and upper tier
 * (gross and net), edilizia/lapideo intemperie stagionali (gross) and the circular
 * that published them. From 2022 the single cap sits in the "upper" columns: it is
 * the former upper cap revalued (art. 3 c. 5-bis D.Lgs. 148/2015), and the tier
 * columns are empty.
 */
import type { InForce } from "../../rules/lookup";
import { historyOf } from "../../rules/lookup";
import { citation } from "../../rules/citation";
import { dayOf, type Day } from "../dates";
import { notAvailable, valueError } from "../errors";
import type { Dec } from "../money";
import { decimalAt } from "../rule-values";
import { massimaleRuleId, regimeMassimale, type Fascia } from "./massimale";

export interface RigaMassimali {
  anno: number;
  soglia: Dec | null;
  inferioreLordo: Dec | null;
  superioreLordo: Dec;
  inferioreNetto: Dec | null;
  superioreNetto: Dec;
  ediliziaInferioreLordo: Dec | null;
  ediliziaSuperioreLordo: Dec;
  /** Citation of the circular, plus a warning for values derived rather than published. */
  fonte: string;
}

/** First and last year with a published cap. */
export function anniMassimali(): { primo: number; ultimo: number } {
  const years = [...historyOf("massimale.superiore.lordo"), ...historyOf("massimale.unico.lordo")].map((h) =>
    Number(h.from.slice(0, 4)),
  );
  return { primo: Math.min(...years), ultimo: Math.max(...years) };
}

function rigaAnno(anno: number): RigaMassimali {
  const day = dayOf(anno, 1, 1) as Day;
  const used: InForce[] = [];
  const read = (ruleId: string): Dec => {
    const { value, at } = decimalAt(ruleId, day);
    used.push(at);
    return value;
  };
  const cap = (settore: "generale" | "edilizia", fascia: Fascia, netto: boolean) =>
    read(massimaleRuleId(settore, fascia, netto));
  const dueFasce = regimeMassimale(day) === "due-fasce";
  const alta: Fascia = dueFasce ? "superiore" : "unico";
  // The year's circular is the source of its main cap (upper tier, or the single cap).
  const fonte = citation(decimalAt(massimaleRuleId("generale", alta, false), day).at.source);
  const riga: RigaMassimali = {
    anno,
    soglia: dueFasce ? read("massimale.soglia") : null,
    inferioreLordo: dueFasce ? cap("generale", "inferiore", false) : null,
    superioreLordo: cap("generale", alta, false),
    inferioreNetto: dueFasce ? cap("generale", "inferiore", true) : null,
    superioreNetto: cap("generale", alta, true),
    ediliziaInferioreLordo: dueFasce ? cap("edilizia", "inferiore", false) : null,
    ediliziaSuperioreLordo: cap("edilizia", alta, false),
    fonte,
  };
  const derived = used.filter((at) => at.entry.status === "derivato").map((at) => at.rule.descrizione);
  if (derived.length) riga.fonte += ` — valori derivati, non pubblicati: ${derived.join("; ")}`;
  return riga;
}

/** Rows for the years from `dal` to `al` that have published caps. */
export function tabellaMassimali(dal: number, al: number): RigaMassimali[] {
  if (dal > al) throw valueError("tabella.anni.invertiti", { dal, al });
  const { primo, ultimo } = anniMassimali();
  const from = Math.max(dal, primo);
  const to = Math.min(al, ultimo);
  if (from > to) throw notAvailable("tabella.vuota", { dal, al, primo, ultimo });
  const rows: RigaMassimali[] = [];
  for (let anno = from; anno <= to; anno++) rows.push(rigaAnno(anno));
  return rows;
}
