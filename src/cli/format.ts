/** The report of a run, as Italian text for people or as JSON for programs. */
import { formatMessage } from "../engine/messages";
import { formatEuro, formatPercent } from "../engine/money";
import type { Finding, Severity, ValidationResult } from "../validation/types";
import type { FileReport } from "./verify";

export const SEVERITIES: readonly Severity[] = ["errore", "avviso", "info"];

export type Counts = Record<Severity, number>;

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { errore: 0, avviso: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function add(a: Counts, b: Counts): Counts {
  return { errore: a.errore + b.errore, avviso: a.avviso + b.avviso, info: a.info + b.info };
}

export interface RunTotals extends Counts {
  files: number;
  sheets: number;
  unreadable: number;
}

export function runTotals(reports: readonly FileReport[]): RunTotals {
  let counts: Counts = { errore: 0, avviso: 0, info: 0 };
  let sheets = 0;
  for (const r of reports) {
    for (const s of r.sheets) counts = add(counts, countFindings(s.result.findings));
    sheets += r.sheets.length;
  }
  return { files: reports.length, sheets, unreadable: reports.filter((r) => r.error !== undefined).length, ...counts };
}

/** The 1-based column number of an A1 address ("AB12" → 28), for ordering findings by column. */
function columnNumber(cell: string): number {
  const letters = /^[A-Z]+/.exec(cell)?.[0] ?? "";
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Findings by row, then column (a stable sort: the engine's order otherwise). */
function sorted(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.row - b.row || columnNumber(a.cell) - columnNumber(b.cell));
}

function visible(findings: readonly Finding[], onlyErrors: boolean): Finding[] {
  return onlyErrors ? findings.filter((f) => f.severity === "errore") : [...findings];
}

const COUNT = {
  errore: ["cli.conteggio.errore.uno", "cli.conteggio.errore.piu"],
  avviso: ["cli.conteggio.avviso.uno", "cli.conteggio.avviso.piu"],
  info: ["cli.conteggio.info.uno", "cli.conteggio.info.piu"],
} as const;

/** "1 errore, 3 avvisi, 0 informazioni". */
export function countsText(c: Counts): string {
  return SEVERITIES.map((s) => formatMessage(COUNT[s][c[s] === 1 ? 0 : 1], { n: c[s] })).join(", ");
}

const SECTION = {
  errore: "cli.sezione.errore",
  avviso: "cli.sezione.avviso",
  info: "cli.sezione.info",
} as const;

function summaryLines(result: ValidationResult): string[] {
  const s = result.summary;
  const lines = [formatMessage("cli.riepilogo.record", { record: s.records })];
  if (s.months > 0) lines.push(formatMessage("cli.riepilogo.mesi", { mesi: String(s.months).replace(".", ",") }));
  for (const [label, amount] of Object.entries(s.totals)) {
    lines.push(formatMessage("cli.riepilogo.totale", { etichetta: label, importo: formatEuro(amount) }));
  }
  if (s.budget) {
    lines.push(
      formatMessage("cli.riepilogo.stanziamento", {
        etichetta: s.budget.label,
        utilizzato: formatEuro(s.budget.used),
        stanziamento: formatEuro(s.budget.amount),
        quota: formatPercent(s.budget.share),
      }),
    );
  }
  for (const [dimension, entries] of Object.entries(s.splits)) {
    lines.push(formatMessage("cli.riepilogo.ripartizione", { dimensione: dimension }));
    for (const [entry, v] of Object.entries(entries)) {
      lines.push(
        formatMessage("cli.riepilogo.ripartizione.voce", {
          voce: entry,
          righe: formatMessage(v.records === 1 ? "cli.conteggio.riga.uno" : "cli.conteggio.riga.piu", { n: v.records }),
          importo: formatEuro(v.amount),
        }),
      );
    }
  }
  return lines;
}

function findingLines(f: Finding): string[] {
  const where = f.column ? `${f.cell} · ${f.column}` : f.cell;
  const lines = [`  ${where} — ${f.message} [${f.ruleId}]`];
  if (f.source) lines.push(`      ${formatMessage("cli.fonte", { fonte: f.source })}`);
  return lines;
}

/** The Italian report for people: per file and sheet, findings grouped by severity, then the summary. */
export function formatHuman(reports: readonly FileReport[], onlyErrors: boolean): string {
  const out: string[] = [];
  for (const report of reports) {
    out.push(formatMessage("cli.intestazione.file", { file: report.file }));
    if (report.error !== undefined) {
      out.push(`  ${report.error}`, "");
      continue;
    }
    for (const { result } of report.sheets) {
      const p = result.profile;
      out.push(
        p
          ? formatMessage("cli.intestazione.foglio", {
              foglio: result.sheet,
              profilo: p.name,
              id: p.id,
              riga: p.headerRow,
            })
          : formatMessage("cli.intestazione.foglio.senza.profilo", { foglio: result.sheet }),
      );
      const shown = visible(result.findings, onlyErrors);
      if (shown.length === 0) out.push(formatMessage("cli.nessun.rilievo"));
      for (const severity of SEVERITIES) {
        const group = sorted(shown.filter((f) => f.severity === severity));
        if (group.length === 0) continue;
        out.push("", formatMessage(SECTION[severity], { n: group.length }));
        for (const f of group) out.push(...findingLines(f));
      }
      out.push("", ...summaryLines(result));
      out.push(formatMessage("cli.riepilogo.esito", { conteggi: countsText(countFindings(result.findings)) }), "");
    }
    if (report.skipped.length > 0) {
      out.push(formatMessage("cli.fogli.ignorati", { fogli: report.skipped.map((n) => `«${n}»`).join(", ") }), "");
    }
  }
  if (reports.length > 1) {
    const t = runTotals(reports);
    out.push(
      formatMessage("cli.riepilogo.complessivo", {
        file: t.files,
        fogli: formatMessage(t.sheets === 1 ? "cli.conteggio.foglio.uno" : "cli.conteggio.foglio.piu", { n: t.sheets }),
        conteggi: countsText(t),
      }),
    );
    if (t.unreadable > 0) out.push(formatMessage("cli.riepilogo.file.non.letti", { n: t.unreadable }));
  }
  return out.join("\n").replace(/\n+$/, "") + "\n";
}

/** The machine-readable report: {files:[…], errors:[…], summary}. */
export function formatJson(reports: readonly FileReport[], onlyErrors: boolean): string {
  const files = reports.flatMap((report) =>
    report.sheets.map(({ result }) => ({
      file: report.file,
      sheet: result.sheet,
      profile: result.profile,
      summary: result.summary,
      counts: countFindings(result.findings),
      findings: visible(result.findings, onlyErrors).map((f) => ({
        cell: f.cell,
        row: f.row,
        column: f.column,
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        source: f.source,
      })),
    })),
  );
  const errors = reports.filter((r) => r.error !== undefined).map((r) => ({ file: r.file, message: r.error }));
  return JSON.stringify({ files, errors, summary: runTotals(reports) }, null, 2) + "\n";
}
