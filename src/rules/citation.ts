/** How a source is cited to users ("Circ. INPS n. 4 del 28/01/2026"). */
import type { Source, SourceKind } from "./schema";

const ABBREVIATIONS: Record<SourceKind, string> = {
  "decreto-legislativo": "D.Lgs.",
  "decreto-legge": "D.L.",
  legge: "L.",
  "decreto-interministeriale": "D.I.",
  "circolare-inps": "Circ. INPS",
  "messaggio-inps": "Msg. INPS",
  "circolare-mlps": "Circ. MLPS",
  "nota-mlps": "Nota MLPS",
  documento: "",
};

export function italianDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

export function citation(source: Source): string {
  if (source.kind === "documento") return source.titolo;
  const head = `${ABBREVIATIONS[source.kind]} n. ${source.numero} del ${italianDate(source.data)}`;
  return source.articolo ? `${head}, ${source.articolo}` : head;
}
