/** A plain rendering of a memory sheet beside the pane, so screenshots show the marks in place. */
import * as React from "react";
import { columnLetters } from "../../../src/adapters/port";
import type { MemoryWorkbook } from "../../../src/adapters/memory/workbook";
import type { CellValue } from "../../../src/validation/types";

const CSS_BORDER: Record<string, string> = { Continuous: "solid", Dash: "dashed", Dot: "dotted", Double: "double" };

function shown(v: CellValue, header: string): string {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  if (typeof v === "number" && /^data/i.test(header) && v > 20000 && v < 80000) {
    const d = new Date(Date.UTC(1899, 11, 30) + v * 86400000);
    return d.toISOString().slice(0, 10).split("-").reverse().join("/");
  }
  if (typeof v === "number") return v.toLocaleString("it-IT");
  return String(v);
}

export function GridView({ workbook, version }: { workbook: MemoryWorkbook; version: number }) {
  void version;
  const sheet = workbook.sheet(workbook.activeSheet);
  if (!sheet) return null;
  const rows = Math.min(45, Math.max(sheet.values.length, 20));
  const cols = Math.min(12, Math.max(...sheet.values.slice(0, rows).map((r) => r.length), 8));
  const headerRow = sheet.values.findIndex((r) => r.filter((v) => typeof v === "string").length >= 3);
  const sel = workbook.selection?.sheet === sheet.name ? workbook.selection.cell : "";
  return (
    <div>
      <div style={{ display: "flex", gap: 2, padding: "4px 6px", background: "#f3f2f1", borderBottom: "1px solid #c8c6c4" }}>
        {workbook.sheets
          .filter((s) => s.visible)
          .map((s) => (
            <span
              key={s.id}
              data-tab={s.name}
              style={{
                padding: "2px 10px",
                fontSize: 12,
                background: s.name === sheet.name ? "#fff" : "transparent",
                borderBottom: s.name === sheet.name ? "2px solid #217346" : "2px solid transparent",
              }}
            >
              {s.name}
            </span>
          ))}
      </div>
      <table style={{ borderCollapse: "collapse", fontSize: 12, tableLayout: "fixed" }} data-testid="grid">
        <thead>
          <tr>
            <th style={{ width: 34, background: "#f3f2f1" }} />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} style={{ width: 110, background: "#f3f2f1", fontWeight: 400, color: "#605e5c", border: "1px solid #e1dfdd" }}>
                {columnLetters(c + 1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <td style={{ background: "#f3f2f1", color: "#605e5c", textAlign: "center", border: "1px solid #e1dfdd" }}>{r + 1}</td>
              {Array.from({ length: cols }, (_, c) => {
                const address = `${columnLetters(c + 1)}${r + 1}`;
                const f = workbook.format(sheet, address);
                const edge = (e: keyof typeof f.borders) =>
                  f.borders[e].style === "None" ? "1px solid #e1dfdd" : `1px ${CSS_BORDER[f.borders[e].style] ?? "solid"} ${f.borders[e].color}`;
                const header = String(sheet.values[headerRow]?.[c] ?? "");
                return (
                  <td
                    key={c}
                    data-cell={address}
                    title={f.note ?? undefined}
                    style={{
                      position: "relative",
                      background: f.fill ?? "#fff",
                      color: f.fontColor,
                      borderTop: edge("EdgeTop"),
                      borderBottom: edge("EdgeBottom"),
                      borderLeft: edge("EdgeLeft"),
                      borderRight: edge("EdgeRight"),
                      outline: sel === address ? "2px solid #217346" : undefined,
                      outlineOffset: -2,
                      padding: "1px 4px",
                      whiteSpace: "nowrap",
                      overflow: "hidden",
                      textOverflow: "ellipsis",
                      maxWidth: 110,
                      fontWeight: sheet.bold.has(r + 1) || r === headerRow ? 600 : 400,
                    }}
                  >
                    {shown(workbook.getValue(sheet, r + 1, c + 1), header)}
                    {f.note && (
                      <span style={{ position: "absolute", top: 0, right: 0, borderLeft: "6px solid transparent", borderTop: "6px solid #d13438" }} />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
