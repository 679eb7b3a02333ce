/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MemoryPort } from "../../adapters/memory/memory-port";
import { MemoryWorkbook } from "../../adapters/memory/workbook";
import { mobilitaSheet } from "../../../test/browser/harness/fixture";
import { App } from "./App";

// eslint-disable-next-line no-unused-vars -- a parameter name in a function type
function setup(configure?: (wb: MemoryWorkbook) => void) {
  const wb = new MemoryWorkbook();
  wb.addSheet("Beneficiari", mobilitaSheet(20, { faultEvery: 5, titleRows: true }));
  configure?.(wb);
  const port = new MemoryPort(wb);
  render(<App port={port} theme="light" />);
  return { wb, port };
}

const verifyButton = () => screen.getByRole("button", { name: "Verifica" });

test("detects the profile, verifies, lists findings and selects a cell on click", async () => {
  const { wb, port } = setup();
  await screen.findByText(/rilevato, \d+%/);
  await waitFor(() => expect((verifyButton() as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(verifyButton());
  await screen.findByText(/^Verifica completata:/);
  const e4 = await screen.findByTitle("Vai alla cella E4");
  fireEvent.click(e4);
  await waitFor(() => expect(wb.selection).toEqual({ sheet: "Beneficiari", cell: "E4" }));
  // Validation reads, never writes.
  expect(port.calls).toContain("readSheet");
  expect(wb.sheet("Beneficiari")!.formats.size).toBe(0);
  expect(wb.customXmlParts.size).toBe(0);
});

test("an old Excel disables the pane and says what to do", async () => {
  setup((wb) => (wb.missingRequirements = ["ExcelApi 1.9"]));
  await screen.findByText(/non offre le funzioni necessarie \(ExcelApi 1\.9\)/);
  expect((verifyButton() as HTMLButtonElement).disabled).toBe(true);
});

test("highlight on a protected sheet shows an error MessageBar", async () => {
  setup((wb) => (wb.sheet("Beneficiari")!.protected = true));
  await waitFor(() => expect((verifyButton() as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(verifyButton());
  await screen.findByText(/^Verifica completata:/);
  fireEvent.click(screen.getByRole("button", { name: "Evidenzia" }));
  await screen.findByText(/«Beneficiari» è protetto/);
});

test("with auto re-validation on, an edit re-reads only the changed rows after a pause", async () => {
  const { wb, port } = setup();
  await waitFor(() => expect((verifyButton() as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(verifyButton());
  await screen.findByText(/^Verifica completata:/);
  await screen.findByTitle("Vai alla cella V14");
  fireEvent.click(screen.getByRole("switch"));
  const reads = port.calls.filter((c) => c === "readSheet").length;
  act(() => {
    wb.edit("Beneficiari", "V14", "Sì");
    wb.edit("Beneficiari", "C15", "Verdi");
  });
  await screen.findByText(/Verifica aggiornata dopo la modifica \(2 righe rilette\)/, undefined, { timeout: 3000 });
  expect(port.calls.filter((c) => c === "readSheet").length).toBe(reads);
  expect(screen.queryByTitle("Vai alla cella V14")).toBeNull();
});

test("highlighting again after a fix gives the fixed cell its format back", async () => {
  const { wb } = setup();
  const sheet = wb.sheet("Beneficiari")!;
  await waitFor(() => expect((verifyButton() as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(verifyButton());
  await screen.findByText(/^Verifica completata:/);
  fireEvent.click(screen.getByRole("button", { name: "Evidenzia" }));
  await screen.findByText(/^Evidenziate \d+ celle/);
  expect(wb.format(sheet, "V14").fill).toBe("#FDE7E9");
  act(() => wb.edit("Beneficiari", "V14", "Sì"));
  fireEvent.click(verifyButton());
  await waitFor(() => expect(screen.queryByTitle("Vai alla cella V14")).toBeNull());
  await waitFor(() => expect((screen.getByRole("button", { name: "Evidenzia" }) as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(screen.getByRole("button", { name: "Evidenzia" }));
  await waitFor(() => expect(wb.format(sheet, "V14").fill).toBeNull());
  expect(wb.format(sheet, "E4").fill).toBe("#FDE7E9");
  expect(wb.customXmlParts.size).toBe(1);
});
