import { anniMassimali, tabellaMassimali as tabella } from "../../engine/calc/tabella-massimali";
import type { Dec } from "../../engine/money";
import { isBlank, periodo } from "../args";
import { excelCall } from "../excel";

/** Header row of the spilled table (Italian, as shown in the sheet). */
export const INTESTAZIONE = [
  "Anno",
  "Soglia retribuzione mensile",
  "Massimale inferiore lordo",
  "Massimale superiore o unico lordo",
  "Massimale inferiore netto",
  "Massimale superiore o unico netto",
  "Edilizia e lapidei inferiore lordo",
  "Edilizia e lapidei superiore o unico lordo",
  "Fonte",
];

const cell = (value: Dec | null): number | string => (value === null ? "" : value.toNumber());

/**
 * Tabella dei massimali mensili per anno (soglia, fascia inferiore e superiore lorde e nette, edilizia e lapidei per intemperie stagionali, circolare INPS); dal 2022 il massimale unico è nelle colonne «superiore o unico».
 * @customfunction TABELLA.MASSIMALI TABELLA.MASSIMALI
 * @helpurl https://localhost:3000/help/tabella-massimali.html
 * @param [dal] Primo anno (o una data di quell'anno); se omesso, il primo anno in tabella.
 * @param [al] Ultimo anno (o una data di quell'anno); se omesso, l'ultimo anno pubblicato.
 * @returns Tabella con una riga di intestazione e una riga per anno.
 */
export function tabellaMassimali(dal?: any, al?: any): any[][] {
  return excelCall(() => {
    const anni = anniMassimali();
    const from = isBlank(dal) ? anni.primo : periodo(dal, "dal").year;
    const to = isBlank(al) ? anni.ultimo : periodo(al, "al").year;
    const rows = tabella(from, to).map((r) => [
      r.anno,
      cell(r.soglia),
      cell(r.inferioreLordo),
      cell(r.superioreLordo),
      cell(r.inferioreNetto),
      cell(r.superioreNetto),
      cell(r.ediliziaInferioreLordo),
      cell(r.ediliziaSuperioreLordo),
      r.fonte,
    ]);
    return [INTESTAZIONE, ...rows];
  });
}
