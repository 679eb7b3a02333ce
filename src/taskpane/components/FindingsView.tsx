/** Findings grouped by severity and row, with a severity filter and pages of row groups. */
import * as React from "react";
import { Button, CounterBadge, Text, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import {
  ChevronLeftRegular,
  ChevronRightRegular,
  ErrorCircleFilled,
  InfoFilled,
  WarningFilled,
} from "@fluentui/react-icons";
import type { Finding, Severity } from "../../validation/types";
import { t } from "../t";

export const PAGE_SIZE = 40;
const SEVERITIES: Severity[] = ["errore", "avviso", "info"];
const LABEL: Record<Severity, "pane.sev.errore" | "pane.sev.avviso" | "pane.sev.info"> = {
  errore: "pane.sev.errore",
  avviso: "pane.sev.avviso",
  info: "pane.sev.info",
};

const useStyles = makeStyles({
  filters: { display: "flex", gap: "4px", flexWrap: "wrap", marginBottom: "8px" },
  section: {
    display: "flex",
    alignItems: "center",
    gap: "6px",
    padding: "6px 4px",
    marginTop: "6px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  group: { padding: "4px 0 6px 0", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  rowLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, padding: "2px 4px" },
  finding: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: "8px",
    width: "100%",
    textAlign: "left",
    border: "none",
    background: "transparent",
    color: tokens.colorNeutralForeground1,
    padding: "4px",
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  cell: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    minWidth: "28px",
    textAlign: "center",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    padding: "0 4px",
    alignSelf: "start",
    marginTop: "2px",
  },
  column: { fontWeight: tokens.fontWeightSemibold },
  source: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  pager: { display: "flex", alignItems: "center", justifyContent: "space-between", marginTop: "8px" },
  empty: { padding: "16px 4px", color: tokens.colorNeutralForeground2 },
  errore: { color: tokens.colorPaletteRedForeground1 },
  avviso: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
});

export function SeverityIcon({ severity }: { severity: Severity }) {
  const s = useStyles();
  if (severity === "errore") return <ErrorCircleFilled className={s.errore} aria-hidden />;
  if (severity === "avviso") return <WarningFilled className={s.avviso} aria-hidden />;
  return <InfoFilled className={s.info} aria-hidden />;
}

interface Group {
  severity: Severity;
  row: number;
  findings: Finding[];
}

/** Row groups in display order: severity, then row (sheet-level findings first). */
export function groupFindings(findings: readonly Finding[], filter: Severity | "tutte"): Group[] {
  const map = new Map<string, Group>();
  for (const f of findings) {
    if (filter !== "tutte" && f.severity !== filter) continue;
    const key = `${f.severity}|${f.row}`;
    let g = map.get(key);
    if (!g) map.set(key, (g = { severity: f.severity, row: f.row, findings: [] }));
    g.findings.push(f);
  }
  const order = { errore: 0, avviso: 1, info: 2 };
  return [...map.values()].sort((a, b) => order[a.severity] - order[b.severity] || a.row - b.row);
}

export interface FindingsViewProps {
  findings: readonly Finding[];
  /** Row of the header: findings on it (or above) concern the whole sheet. */
  headerRow: number;
  // eslint-disable-next-line no-unused-vars -- a parameter name in a function type
  onSelect: (finding: Finding) => void;
}

export function FindingsView({ findings, headerRow, onSelect }: FindingsViewProps) {
  const s = useStyles();
  const [filter, setFilter] = React.useState<Severity | "tutte">("tutte");
  const [page, setPage] = React.useState(0);
  const counts = React.useMemo(() => {
    const c = { errore: 0, avviso: 0, info: 0 };
    for (const f of findings) c[f.severity]++;
    return c;
  }, [findings]);
  const groups = React.useMemo(() => groupFindings(findings, filter), [findings, filter]);
  React.useEffect(() => setPage(0), [findings, filter]);

  if (!findings.length) {
    return <div className={s.empty}>{t("pane.nessuna.segnalazione")}</div>;
  }
  const pages = Math.max(1, Math.ceil(groups.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const visible = groups.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  return (
    <div>
      <div className={s.filters} role="group" aria-label={t("pane.tab.segnalazioni")}>
        <ToggleButton size="small" checked={filter === "tutte"} onClick={() => setFilter("tutte")}>
          {t("pane.filtro.tutte")}&nbsp;
          <CounterBadge count={findings.length} overflowCount={99999} size="small" appearance="ghost" color="informative" />
        </ToggleButton>
        {SEVERITIES.map((sev) => (
          <ToggleButton
            key={sev}
            size="small"
            checked={filter === sev}
            disabled={!counts[sev]}
            icon={<SeverityIcon severity={sev} />}
            onClick={() => setFilter(sev)}
            data-severity={sev}
          >
            {t(LABEL[sev])}&nbsp;
            <CounterBadge
              count={counts[sev]}
              showZero
              overflowCount={99999}
              size="small"
              appearance="ghost"
              color={sev === "errore" ? "danger" : sev === "avviso" ? "important" : "informative"}
            />
          </ToggleButton>
        ))}
      </div>
      {!groups.length && <div className={s.empty}>{t("pane.nessuna.nel.filtro")}</div>}
      <div role="list" aria-label={t("pane.tab.segnalazioni")}>
        {visible.map((g, i) => (
          <React.Fragment key={`${g.severity}|${g.row}`}>
            {(i === 0 || visible[i - 1].severity !== g.severity) && (
              <div className={s.section} role="presentation">
                <SeverityIcon severity={g.severity} />
                <span>{t(LABEL[g.severity])}</span>
                <CounterBadge count={counts[g.severity]} overflowCount={99999} size="small" appearance="filled" color="informative" />
              </div>
            )}
            <div className={s.group} role="listitem" data-row={g.row}>
              <div className={s.rowLabel}>
                {g.row <= headerRow ? t("pane.foglio.intero") : t("pane.riga", { riga: g.row })}
              </div>
              {g.findings.map((f, j) => (
                <button
                  key={j}
                  type="button"
                  className={s.finding}
                  onClick={() => onSelect(f)}
                  title={t("pane.vai.cella", { cella: f.cell })}
                  data-cell={f.cell}
                >
                  <span className={s.cell}>{f.cell}</span>
                  <span>
                    {f.column && <span className={s.column}>{f.column}: </span>}
                    {f.message}
                    <span className={s.source}>{t("pane.fonte", { fonte: f.source })}</span>
                  </span>
                </button>
              ))}
            </div>
          </React.Fragment>
        ))}
      </div>
      {pages > 1 && (
        <div className={s.pager}>
          <Button size="small" icon={<ChevronLeftRegular />} disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t("pane.precedenti")}
          </Button>
          <Text size={200}>
            {t("pane.pagina", {
              da: current * PAGE_SIZE + 1,
              a: Math.min(groups.length, (current + 1) * PAGE_SIZE),
              totale: groups.length,
            })}
          </Text>
          <Button
            size="small"
            icon={<ChevronRightRegular />}
            iconPosition="after"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            {t("pane.successive")}
          </Button>
        </div>
      )}
    </div>
  );
}
