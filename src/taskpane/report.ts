/** The "Esito verifica" sheet: rows built from a validation result (written as text by the adapter). */
import type { ReportSheet } from "../adapters/port";
import type { ValidationResult } from "../validation/types";
import { formatEuro, t } from "./t";

const SEVERITY_LABEL = { errore: "Errore", avviso: "Avviso", info: "Informazione" } as const;

export function buildReport(result: ValidationResult, when: Date): ReportSheet {
  const date = when.toLocaleString("it-IT", { dateStyle: "short", timeStyle: "short" });
  const rows: ReportSheet["rows"] = [];
  const boldRows: number[] = [];
  boldRows.push(rows.length);
  rows.push([t("pane.esito.intestazione", { foglio: result.sheet, profilo: result.profile?.name ?? "—", data: date })]);
  const s = result.summary;
  rows.push([t("pane.riepilogo.record"), s.records]);
  if (s.months) rows.push([t("pane.riepilogo.mesi"), s.months]);
  for (const [label, amount] of Object.entries(s.totals)) rows.push([label, amount]);
  if (s.budget) {
    rows.push([s.budget.label, s.budget.amount]);
    rows.push([
      t("pane.riepilogo.stanziamento"),
      `${formatEuro(s.budget.used)} (${(s.budget.share * 100).toFixed(1)}%) – ${s.budget.source}`,
    ]);
  }
  rows.push([]);
  boldRows.push(rows.length);
  rows.push(t("pane.esito.colonne").split("|"));
  const order = { errore: 0, avviso: 1, info: 2 };
  const findings = [...result.findings].sort((a, b) => order[a.severity] - order[b.severity] || a.row - b.row);
  for (const f of findings) {
    rows.push([SEVERITY_LABEL[f.severity], f.cell, f.row, f.column, f.message, f.ruleId, f.source]);
  }
  return { name: t("pane.esito.titolo"), rows, boldRows, widths: [14, 8, 7, 26, 80, 24, 40] };
}
