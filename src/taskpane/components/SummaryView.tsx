/** The summary of a validated sheet: records, months, totals against the budget, splits. Loaded lazily. */
import * as React from "react";
import { ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Summary } from "../../validation/types";
import { formatEuro, formatNumber, t } from "../t";

const useStyles = makeStyles({
  kpis: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: "8px", marginBottom: "12px" },
  kpi: {
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px 10px",
  },
  kpiValue: { display: "block", fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  kpiLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  heading: { display: "block", margin: "12px 0 4px 0", fontWeight: tokens.fontWeightSemibold },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  th: { textAlign: "left", color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, padding: "2px 4px" },
  td: { padding: "3px 4px", borderTop: `1px solid ${tokens.colorNeutralStroke3}` },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  budget: { margin: "8px 0" },
  source: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
});

export default function SummaryView({ summary }: { summary: Summary }) {
  const s = useStyles();
  const b = summary.budget;
  return (
    <div data-testid="summary">
      <div className={s.kpis}>
        <div className={s.kpi}>
          <span className={s.kpiValue}>{formatNumber(summary.records)}</span>
          <span className={s.kpiLabel}>{t("pane.riepilogo.record")}</span>
        </div>
        <div className={s.kpi}>
          <span className={s.kpiValue}>{formatNumber(summary.months)}</span>
          <span className={s.kpiLabel}>{t("pane.riepilogo.mesi")}</span>
        </div>
        {Object.entries(summary.totals).map(([label, amount]) => (
          <div className={s.kpi} key={label} style={{ gridColumn: "1 / span 2" }}>
            <span className={s.kpiValue}>{formatEuro(amount)}</span>
            <span className={s.kpiLabel}>{label}</span>
          </div>
        ))}
      </div>
      {b && (
        <div className={s.budget}>
          <Text className={s.heading}>
            {t("pane.riepilogo.stanziamento")}: {b.label}
          </Text>
          <ProgressBar
            value={Math.min(1, b.share)}
            color={b.share > 1 ? "error" : b.share > 0.9 ? "warning" : "brand"}
            thickness="large"
          />
          <Text size={200}>
            {t("pane.riepilogo.utilizzo", {
              usato: formatEuro(b.used),
              totale: formatEuro(b.amount),
              percento: (b.share * 100).toLocaleString("it-IT", { maximumFractionDigits: 2 }),
            })}
          </Text>
          <div className={s.source}>{t("pane.fonte", { fonte: b.source })}</div>
        </div>
      )}
      {Object.entries(summary.splits).map(([dimension, split]) => (
        <div key={dimension}>
          <Text className={s.heading}>{t("pane.riepilogo.per", { dimensione: dimension })}</Text>
          <table className={s.table}>
            <thead>
              <tr>
                <th className={s.th}>{dimension}</th>
                <th className={`${s.th} ${s.num}`}>{t("pane.riepilogo.righe")}</th>
                <th className={`${s.th} ${s.num}`}>{t("pane.riepilogo.importo")}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(split)
                .sort((x, y) => y[1].amount - x[1].amount)
                .map(([key, v]) => (
                  <tr key={key}>
                    <td className={s.td}>{key}</td>
                    <td className={`${s.td} ${s.num}`}>{formatNumber(v.records)}</td>
                    <td className={`${s.td} ${s.num}`}>{formatEuro(v.amount)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
