/**
 * The Office adapter against office-addin-mock (an Excel facade over a MemoryWorkbook):
 * round trips per validation, nothing written while validating, highlight undone exactly.
 */
import { MemoryPort } from "../memory/memory-port";
import { MemoryWorkbook, cloneFormat } from "../memory/workbook";
import { CELLS_PER_CHUNK, MARK_STYLE, PortError, columnLetters, marksFrom, type CellFormat, type Mark } from "../port";
import { HIGHLIGHT_NAMESPACE } from "../highlight-store";
import { mobilitaSheet } from "../../../test/browser/harness/fixture";
import { OfficePort, textLiteral } from "./office-port";
import { makeExcelMock, type ExcelMock } from "./testing/excel-mock";

const g = globalThis as unknown as { Excel: unknown; Office: unknown };

function setup(rows: unknown[][], sets?: string[]): { wb: MemoryWorkbook; mock: ExcelMock; port: OfficePort } {
  const wb = new MemoryWorkbook();
  wb.addSheet("Beneficiari", rows as never);
  wb.addSheet("Altro", [["x"]]);
  const mock = makeExcelMock(wb, { sets });
  g.Excel = mock.Excel;
  g.Office = mock.Office;
  return { wb, mock, port: new OfficePort() };
}

afterEach(() => {
  delete (g as { Excel?: unknown }).Excel;
  delete (g as { Office?: unknown }).Office;
});

describe("readSheet", () => {
  test("a small sheet is read in 2 round trips, with the values Excel gives", async () => {
    const rows = mobilitaSheet(40, { titleRows: true });
    const { wb, mock, port } = setup(rows);
    const read = await port.readSheet("Beneficiari");
    expect(mock.syncs).toBe(2);
    expect(read.chunks).toBe(1);
    const expected = await new MemoryPort(wb).readSheet("Beneficiari");
    expect(read.input).toEqual(expected.input);
    expect(read.input.origin).toEqual({ row: 1, column: 1 });
    expect(read.input.values[2][0]).toBe("Regione");
    expect(mock.writes).toEqual([]);
  });

  test.each([10_000, 30_000])("%i rows: chunks under the cell budget, at most 2 + 1 per 200,000 cells", async (n) => {
    const { mock, port } = setup(mobilitaSheet(n));
    const read = await port.readSheet("Beneficiari");
    const columns = read.input.values[0].length;
    expect(read.input.values).toHaveLength(n + 1);
    expect(mock.syncs).toBeLessThanOrEqual(2 + Math.ceil(read.cells / CELLS_PER_CHUNK));
    expect(mock.syncs).toBe(1 + read.chunks);
    expect(read.chunks).toBeGreaterThan(1);
    for (const r of mock.chunkRows) expect(r * columns).toBeLessThanOrEqual(CELLS_PER_CHUNK);
    expect(mock.chunkRows.reduce((a, b) => a + b, 0)).toBe(n + 1);
    expect(mock.writes).toEqual([]);
  });

  test("a text that looks like an error costs one more round trip and stays text; a real error becomes CellError", async () => {
    const rows = mobilitaSheet(3);
    rows[1][0] = { error: "#N/A" };
    rows[2][2] = "#N/A";
    const { mock, port } = setup(rows);
    const read = await port.readSheet("Beneficiari");
    expect(mock.syncs).toBe(3);
    expect(read.input.values[1][0]).toEqual({ error: "#N/A" });
    expect(read.input.values[2][2]).toBe("#N/A");
  });

  test("the used range need not start at A1", async () => {
    const rows = [
      [null, null],
      [null, null, "Regione", "Cognome"],
      [null, null, "Lazio", "Rossi"],
    ];
    const { port } = setup(rows);
    const read = await port.readSheet("Beneficiari");
    expect(read.input.origin).toEqual({ row: 2, column: 3 });
    expect(read.input.values).toEqual([
      ["Regione", "Cognome"],
      ["Lazio", "Rossi"],
    ]);
  });

  test("a missing sheet and an Excel rejection become PortErrors", async () => {
    const { wb, port } = setup(mobilitaSheet(2));
    await expect(port.readSheet("Nessuno")).rejects.toMatchObject({ code: "not-found" });
    wb.failNext = "InvalidOperationInCellEditMode: cell edit";
    await expect(port.readSheet("Beneficiari")).rejects.toMatchObject({ code: "busy" });
    wb.failNext = "GeneralException: boom";
    const e = await port.readSheet("Beneficiari").catch((x) => x);
    expect(e).toBeInstanceOf(PortError);
    expect(e.code).toBe("api");
    expect(e.slots.dettaglio).toContain("GeneralException");
  });
});

test("the whole pane start + validation (sheets, header rows, sheet) writes nothing", async () => {
  const { mock, port } = setup(mobilitaSheet(50, { faultEvery: 5 }));
  await port.capabilities();
  await port.listSheets();
  await port.readRows(
    "Beneficiari",
    Array.from({ length: 15 }, (_, i) => i + 1),
    1,
    60,
  );
  await port.highlightState();
  mock.reset();
  await port.readSheet("Beneficiari");
  expect(mock.syncs).toBe(2);
  expect(mock.writes).toEqual([]);
});

describe("highlight and clearHighlight", () => {
  const original = (wb: MemoryWorkbook) => {
    const s = wb.sheet("Beneficiari")!;
    const f = cloneFormat(wb.format(s, "E4"));
    f.fill = "#FFFF00";
    f.fontColor = "#0000FF";
    f.borders.EdgeBottom = { style: "Dash", color: "#00B050", weight: "Medium" };
    f.note = "Nota dell'ufficio: verificato con l'INPS";
    wb.setFormat(s, "E4", f);
    return s;
  };
  const marks: Mark[] = [
    { cell: "E4", severity: "errore", note: "Codice fiscale non valido" },
    { cell: "O5", severity: "avviso", note: "Importo sopra la fascia" },
    { cell: "V6", severity: "errore", note: "Informativa privacy non sottoscritta" },
  ];

  test("marks are written in one batch and undone exactly by a new adapter (pane reopened)", async () => {
    const { wb, mock, port } = setup(mobilitaSheet(10));
    const s = original(wb);
    const before: Record<string, CellFormat> = {};
    for (const m of marks) before[m.cell] = cloneFormat(wb.format(s, m.cell));
    const valuesBefore = JSON.stringify(s.values);

    mock.reset();
    const done = await port.highlight("Beneficiari", marks);
    expect(done).toEqual({ marked: 3, skipped: 0 });
    // Reads (formats, parts) then one write batch.
    expect(mock.syncs).toBe(2);
    expect(wb.format(s, "E4").fill).toBe(MARK_STYLE.errore.fill);
    expect(wb.format(s, "O5").fill).toBe(MARK_STYLE.avviso.fill);
    expect(wb.format(s, "E4").borders.EdgeTop.color).toBe(MARK_STYLE.errore.border.color);
    expect(wb.format(s, "V6").note).toContain("Informativa privacy");
    expect(mock.writes.some((w) => w.property === "values" || w.property === "formulas")).toBe(false);
    const parts = [...wb.customXmlParts.values()];
    expect(parts).toHaveLength(1);
    expect(parts[0].namespace.startsWith(HIGHLIGHT_NAMESPACE)).toBe(true);

    // Highlighting again keeps the original formats, not the marks, as undo data.
    await port.highlight("Beneficiari", marks.slice(0, 1));
    expect(wb.customXmlParts.size).toBe(1);

    const reopened = new OfficePort();
    expect(await reopened.highlightState()).toEqual([expect.objectContaining({ sheet: "Beneficiari", cells: 3 })]);
    mock.reset();
    expect(await reopened.clearHighlight()).toBe(3);
    for (const m of marks) expect(wb.format(s, m.cell)).toEqual(before[m.cell]);
    expect(wb.format(s, "E4").note).toBe("Nota dell'ufficio: verificato con l'INPS");
    expect(JSON.stringify(s.values)).toBe(valuesBefore);
    expect(s.formulas.size).toBe(0);
    expect(wb.customXmlParts.size).toBe(0);
    expect(mock.writes.some((w) => w.property === "values" || w.property === "formulas")).toBe(false);
  });

  test("a renamed sheet is still restored (the undo data follows the sheet id)", async () => {
    const { wb, port } = setup(mobilitaSheet(10));
    const s = original(wb);
    const before = cloneFormat(wb.format(s, "E4"));
    await port.highlight("Beneficiari", marks);
    s.name = "Beneficiari 2026";
    expect(await port.clearHighlight("Beneficiari 2026")).toBe(3);
    expect(wb.format(s, "E4")).toEqual(before);
  });

  test("a protected sheet is refused before anything is written", async () => {
    const { wb, mock, port } = setup(mobilitaSheet(10));
    wb.sheet("Beneficiari")!.protected = true;
    await expect(port.highlight("Beneficiari", marks)).rejects.toMatchObject({
      code: "protected",
      slots: { foglio: "Beneficiari" },
    });
    expect(mock.writes).toEqual([]);
    expect(wb.customXmlParts.size).toBe(0);
  });

  test("without the notes API (ExcelApi 1.18) formats are still marked and restored", async () => {
    const { wb, port } = setup(mobilitaSheet(10), ["1.9"]);
    const s = original(wb);
    const before = cloneFormat(wb.format(s, "E4"));
    await port.highlight("Beneficiari", marks);
    expect(wb.format(s, "E4").fill).toBe(MARK_STYLE.errore.fill);
    expect(wb.format(s, "E4").note).toBe(before.note);
    await port.clearHighlight();
    expect(wb.format(s, "E4")).toEqual(before);
  });

  test("marksFrom keeps one mark per cell, the worst severity, no info", () => {
    const f = (cell: string, severity: "errore" | "avviso" | "info", message: string) => ({
      sheet: "S",
      cell,
      row: 1,
      column: "",
      ruleId: "r",
      severity,
      message,
      source: "s",
    });
    expect(marksFrom([f("A1", "avviso", "x"), f("A1", "errore", "y"), f("B1", "info", "z")])).toEqual([
      { cell: "A1", severity: "errore", note: "x\ny" },
    ]);
  });
});

describe("writeReport", () => {
  const report = {
    name: "Esito verifica",
    rows: [["Titolo"], ['=HYPERLINK("http://x")', "+39 333", "-5", "@SUM(A1)", 12.5], ["'apice", "normale"]],
    boldRows: [0],
  };

  test.each([
    ["typed values (ExcelApi 1.16)", ["1.9", "1.16", "1.18"]],
    ["older Excel: apostrophe prefix", ["1.9"]],
  ])("%s: user texts stay text, numbers stay numbers", async (_, sets) => {
    const { wb, port } = setup(mobilitaSheet(2), sets);
    expect(await port.writeReport(report)).toBe("Esito verifica");
    const s = wb.sheet("Esito verifica")!;
    expect(s.formulas.size).toBe(0);
    expect(s.values[1]).toEqual(['=HYPERLINK("http://x")', "+39 333", "-5", "@SUM(A1)", 12.5]);
    expect(s.values[2].slice(0, 2)).toEqual(["'apice", "normale"]);
    expect(wb.activeSheet).toBe("Esito verifica");
  });

  test("an existing report sheet is replaced", async () => {
    const { wb, port } = setup(mobilitaSheet(2));
    await port.writeReport(report);
    await port.writeReport({ ...report, rows: [["Nuovo"]] });
    expect(wb.sheets.filter((s) => s.name === "Esito verifica")).toHaveLength(1);
    expect(wb.sheet("Esito verifica")!.values[0][0]).toBe("Nuovo");
  });

  test("textLiteral prefixes only what Excel would parse", () => {
    expect(["=A1", "+1", "-x", "@f", "'q", "testo"].map(textLiteral)).toEqual([
      "'=A1",
      "'+1",
      "'-x",
      "'@f",
      "''q",
      "testo",
    ]);
  });
});

test("createModel: headers, lists, formats, frozen header, unique name", async () => {
  const { wb, mock, port } = setup(mobilitaSheet(2));
  const long = Array.from({ length: 30 }, (_, i) => `Valore lungo numero ${i}`);
  const name = await port.createModel({
    sheetName: "Altro",
    rows: 5,
    columns: [
      { header: "Regione", format: "text", list: long, required: true },
      { header: "Privacy", format: "text", list: ["Sì", "No"], required: true },
      { header: "Data inizio", format: "date", required: true },
      { header: "Importo (€)", format: "money", required: true },
    ],
  });
  expect(name).toBe("Altro (2)");
  const s = wb.sheet(name)!;
  expect(s.values[0]).toEqual(["Regione", "Privacy", "Data inizio", "Importo (€)"]);
  expect(s.freezeRows).toBe(1);
  const rules = mock.writes.filter((w) => w.property === "rule").map((w) => w.value as { list: { source: string } });
  expect(rules.map((r) => r.list.source)).toEqual(["=CIG_Elenchi!$A$1:$A$30", "Sì,No"]);
  const hidden = wb.sheet("CIG_Elenchi")!;
  expect(hidden.visible).toBe(false);
  expect(hidden.values.map((r) => r[0])).toEqual(long);
  const formats = mock.writes
    .filter((w) => w.property === "numberFormat" && w.sheet === name)
    .map((w) => (w.value as string[][])[0][0]);
  expect(formats).toEqual(["@", "@", "dd/mm/yyyy", "#,##0.00"]);
  expect(columnLetters(4)).toBe("D");
});

test("capabilities: an Excel without ExcelApi 1.9 is reported", async () => {
  const { port } = setup([["x"]], ["1.1"]);
  expect(await port.capabilities()).toEqual({ missing: ["ExcelApi 1.9"], notes: false, typedValues: false });
});

test("readRows re-reads only the asked rows, in one round trip", async () => {
  const { mock, port } = setup(mobilitaSheet(20));
  const read = await port.readRows("Beneficiari", [5, 6, 7, 12], 1, 23);
  expect(mock.syncs).toBe(1);
  expect(read.rows.map((r) => r.row)).toEqual([5, 6, 7, 12]);
  expect(mock.chunkRows).toEqual([3, 1]);
  expect(read.rows[0].values).toHaveLength(23);
});

test("onChanged reports the sheet name and address of an edit; unsubscribe stops it", async () => {
  const { wb, port } = setup(mobilitaSheet(3));
  const seen: unknown[] = [];
  const off = await port.onChanged((e) => seen.push(e));
  wb.edit("Beneficiari", "C3", "Verdi");
  await new Promise((r) => setTimeout(r, 0));
  expect(seen).toEqual([{ sheet: "Beneficiari", address: "C3" }]);
  await off();
  wb.edit("Beneficiari", "C3", "Neri");
  await new Promise((r) => setTimeout(r, 0));
  expect(seen).toHaveLength(1);
});
