/**
 * The browser harness: the real pane over a MemoryWorkbook instead of Excel (no Office.js, no
 * network). URL parameters: rows (fixture size), theme (light|dark), missing (simulate an old Excel),
 * protected (protect the model sheet). Tests drive it through window.__harness.
 */
import * as React from "react";
import { createRoot, type Root } from "react-dom/client";
import { MemoryPort } from "../../../src/adapters/memory/memory-port";
import { MemoryWorkbook } from "../../../src/adapters/memory/workbook";
import type { WorkbookPort } from "../../../src/adapters/port";
import { App } from "../../../src/taskpane/components/App";
import { mobilitaSheet } from "./fixture";
import { GridView } from "./GridView";

const params = new URLSearchParams(location.search);
const workbook = new MemoryWorkbook();
const model = workbook.addSheet("Beneficiari", mobilitaSheet(Number(params.get("rows") ?? 40), { faultEvery: 5, titleRows: true }));
workbook.addSheet("Note", [["Appunti dell'ufficio"], ["Verificare con la Regione le date dei patti"]]);
if (params.get("protected")) model.protected = true;
if (params.get("missing")) workbook.missingRequirements = ["ExcelApi 1.9"];
const theme = params.get("theme") === "dark" ? "dark" : "light";

let version = 0;
let sheetRoot: Root | null = null;
const renderGrid = () => {
  version++;
  const host = document.getElementById("sheet");
  if (!host) return;
  sheetRoot ??= createRoot(host);
  sheetRoot.render(<GridView workbook={workbook} version={version} />);
};

/** The port, with the grid re-rendered after every call (as Excel would repaint). */
function observed(port: MemoryPort): WorkbookPort {
  return new Proxy(port, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver);
      if (typeof v !== "function") return v;
      return async (...args: unknown[]) => {
        try {
          return await v.apply(target, args);
        } finally {
          renderGrid();
        }
      };
    },
  }) as WorkbookPort;
}

let paneRoot: Root | null = null;
function mount() {
  const host = document.getElementById("root")!;
  paneRoot = createRoot(host);
  // A new adapter each time: nothing survives a close/reopen except what is in the workbook.
  paneRoot.render(<App port={observed(new MemoryPort(workbook))} theme={theme} />);
}

workbook.subscribe(() => renderGrid());
renderGrid();
mount();

(window as unknown as { __harness: unknown }).__harness = {
  workbook,
  /** Closes and reopens the pane, as a user closing the task pane and opening it again. */
  remount() {
    paneRoot?.unmount();
    mount();
  },
  edit(sheet: string, cell: string, value: unknown) {
    workbook.edit(sheet, cell, value as never);
  },
  format(sheet: string, cell: string) {
    const s = workbook.sheet(sheet);
    return s ? workbook.format(s, cell) : null;
  },
};
