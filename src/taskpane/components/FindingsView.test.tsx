/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Finding, Severity } from "../../validation/types";
import { FindingsView, PAGE_SIZE, groupFindings } from "./FindingsView";

const f = (row: number, severity: Severity, cell = `B${row}`, message = `messaggio ${row}`): Finding => ({
  sheet: "Beneficiari",
  cell,
  row,
  column: "Cognome",
  ruleId: "regola",
  severity,
  message,
  source: "Circ. MLPS n. 16 del 08/10/2025",
});

const view = (findings: Finding[], onSelect = jest.fn()) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <FindingsView findings={findings} headerRow={3} onSelect={onSelect} />
    </FluentProvider>,
  );

test("groups by severity, then row; header-row findings are for the whole sheet", () => {
  const groups = groupFindings([f(9, "avviso"), f(5, "errore"), f(5, "errore", "C5"), f(3, "errore", "A3"), f(7, "info")], "tutte");
  expect(groups.map((g) => [g.severity, g.row, g.findings.length])).toEqual([
    ["errore", 3, 1],
    ["errore", 5, 2],
    ["avviso", 9, 1],
    ["info", 7, 1],
  ]);
  view([f(3, "errore", "A3"), f(5, "errore")]);
  expect(screen.getByText("Intero foglio")).toBeTruthy();
  expect(screen.getByText("Riga 5")).toBeTruthy();
});

test("counts per severity and the filter", () => {
  view([f(5, "errore"), f(6, "errore"), f(7, "avviso"), f(8, "info")]);
  const warn = screen.getByRole("button", { name: /Avvisi/ });
  expect(warn.textContent).toContain("1");
  expect(screen.getByRole("button", { name: /Errori/ }).textContent).toContain("2");
  fireEvent.click(warn);
  const list = screen.getByRole("list");
  expect(within(list).getAllByRole("listitem")).toHaveLength(1);
  expect(within(list).getByText("Riga 7")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: /^Tutte/ }));
  expect(within(screen.getByRole("list")).getAllByRole("listitem")).toHaveLength(4);
});

test("a click on a finding asks to select its cell", () => {
  const onSelect = jest.fn();
  view([f(5, "errore", "E5", "Codice fiscale non valido")], onSelect);
  fireEvent.click(screen.getByTitle("Vai alla cella E5"));
  expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ cell: "E5", sheet: "Beneficiari" }));
});

test("long lists are paged by row groups", () => {
  const many = Array.from({ length: PAGE_SIZE * 2 + 5 }, (_, i) => f(10 + i, "errore"));
  view(many);
  expect(screen.getAllByRole("listitem")).toHaveLength(PAGE_SIZE);
  expect(screen.getByText(`Righe 1–${PAGE_SIZE} di ${many.length}`)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: /Successive/ }));
  fireEvent.click(screen.getByRole("button", { name: /Successive/ }));
  expect(screen.getAllByRole("listitem")).toHaveLength(5);
  expect(screen.getByText(`Riga ${10 + PAGE_SIZE * 2 + 4}`)).toBeTruthy();
});

test("no findings: says so", () => {
  view([]);
  expect(screen.getByText(/Nessuna segnalazione/)).toBeTruthy();
});
