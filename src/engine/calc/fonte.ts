/**
 * The legal source of the value of a rule in force on a day, as users cite it
 * ("Circ. INPS n. 4 del 28/01/2026"). Rule names are the ids of the rules table.
 */
import { RULES } from "../../rules/catalogue";
import { citation } from "../../rules/citation";
import type { InForce } from "../../rules/lookup";
import type { Day } from "../dates";
import { valueError } from "../errors";
import { inForce } from "../rule-values";

/** How many similar ids an "unknown rule" message lists. */
const SIMILAR_SHOWN = 6;

export interface FonteRegola {
  testo: string;
  at: InForce;
}

function similarIds(id: string): string[] {
  const head = id.split(".")[0];
  return [...RULES.keys()]
    .filter((k) => head !== "" && (k.startsWith(`${head}.`) || k.includes(id)))
    .slice(0, SIMILAR_SHOWN);
}

/** The id as written in the table (ids are lower case; spaces around are ignored). */
export function normalizeRuleId(text: string): string {
  return text.trim().toLowerCase();
}

export function fonteRegola(regola: string, day: Day): FonteRegola {
  const id = normalizeRuleId(regola);
  if (!RULES.has(id)) {
    const simili = similarIds(id);
    throw valueError("fonte.regola.sconosciuta", {
      regola,
      simili: simili.length ? `; simili: ${simili.join(", ")}` : "",
    });
  }
  const at = inForce(id, day);
  return { testo: citation(at.source), at };
}
