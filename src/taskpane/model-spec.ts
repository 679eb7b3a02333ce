/** "Crea modello": the empty model sheet of a profile, from the engine's profile table. Loaded lazily. */
import type { ModelColumn, ModelSpec } from "../adapters/port";
import { PROFILES, type ColumnType } from "../validation/profiles";
import { PROVINCE_AUTONOME, QUALIFICHE, REGIONI, SEMESTRI, SESSI } from "../validation/vocabularies";

/** Rows below the header that receive formats and drop-down lists. */
export const MODEL_ROWS = 1000;

const values = (v: readonly { value: string }[]) => v.map((x) => x.value);

function column(type: ColumnType): Pick<ModelColumn, "format" | "list"> {
  switch (type) {
    case "regione":
      return { format: "text", list: values(REGIONI) };
    case "provincia":
      return { format: "text", list: values(PROVINCE_AUTONOME) };
    case "qualifica":
      // Dirigenti are not beneficiaries: the list offers only the admitted qualifiche.
      return { format: "text", list: values(QUALIFICHE).filter((q) => q !== "dirigente") };
    case "si-no":
      return { format: "text", list: ["Sì", "No"] };
    case "sesso":
      return { format: "text", list: values(SESSI) };
    case "semestre":
      return { format: "integer", list: values(SEMESTRI) };
    case "date":
      return { format: "date" };
    case "importo":
      return { format: "money" };
    case "number":
      return { format: "number" };
    case "percentuale":
      return { format: "percent" };
    default:
      return { format: "text" };
  }
}

export function modelSpec(profileId: string): ModelSpec {
  const profile = PROFILES.find((p) => p.id === profileId);
  if (!profile) throw new Error(`profilo sconosciuto: ${profileId}`);
  return {
    sheetName: `Modello ${profile.id}`,
    rows: MODEL_ROWS,
    columns: profile.columns.map((c) => ({ header: c.header, required: c.required, ...column(c.type) })),
  };
}
