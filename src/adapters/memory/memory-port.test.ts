import { mobilitaSheet } from "../../../test/browser/harness/fixture";
import { snapshotFromXml, snapshotToXml } from "../highlight-store";
import { MARK_STYLE, columnLetters, parseCell, rowsOfAddress } from "../port";
import { MemoryPort } from "./memory-port";
import { MemoryWorkbook, cloneFormat } from "./workbook";

function setup() {
  const wb = new MemoryWorkbook();
  wb.addSheet("Beneficiari", mobilitaSheet(10, { titleRows: true }));
  return { wb, port: new MemoryPort(wb) };
}

test("readSheet gives the used range with its origin; readRows the asked rows", async () => {
  const { port } = setup();
  const read = await port.readSheet("Beneficiari");
  expect(read.input.origin).toEqual({ row: 1, column: 1 });
  expect(read.input.values).toHaveLength(13);
  expect(read.input.values[2][4]).toBe("Codice fiscale");
  const rows = await port.readRows("Beneficiari", [4], 1, 3);
  expect(rows.rows[0].values).toEqual(["Campania", "Area di crisi di Termini Imerese", "Rossi"]);
  await expect(port.readSheet("Manca")).rejects.toMatchObject({ code: "not-found" });
});

test("highlight then clear restores formats exactly, also through a new port", async () => {
  const { wb, port } = setup();
  const s = wb.sheet("Beneficiari")!;
  const f = cloneFormat(wb.format(s, "C5"));
  f.fill = "#00FF00";
  f.note = "nota";
  wb.setFormat(s, "C5", f);
  await port.highlight("Beneficiari", [
    { cell: "C5", severity: "avviso", note: "a" },
    { cell: "D6", severity: "errore", note: "b" },
  ]);
  expect(wb.format(s, "C5").fill).toBe(MARK_STYLE.avviso.fill);
  expect(await new MemoryPort(wb).clearHighlight("Beneficiari")).toBe(2);
  expect(wb.format(s, "C5")).toEqual(f);
  expect(wb.format(s, "D6").fill).toBeNull();
  expect(await port.highlightState()).toEqual([]);
});

test("report strings are stored as text; a typed = + - @ would become a formula", async () => {
  const { wb, port } = setup();
  await port.writeReport({ name: "Esito verifica", rows: [["=1+1", "-2", 3]], boldRows: [] });
  const r = wb.sheet("Esito verifica")!;
  expect(r.values[0]).toEqual(["=1+1", "-2", 3]);
  expect(r.formulas.size).toBe(0);
  wb.edit("Esito verifica", "A2", "=SUM(A1)");
  expect(r.formulas.get("A2")).toBe("=SUM(A1)");
});

test("address helpers and the undo-data codec", () => {
  expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
  expect(parseCell("Foglio!$AB$12")).toEqual({ row: 12, column: 28 });
  expect(rowsOfAddress("B9:C4")).toEqual({ first: 4, last: 9 });
  expect(rowsOfAddress("5:7")).toEqual({ first: 5, last: 7 });
  expect(rowsOfAddress("C:C")).toBeNull();
  const snapshot = {
    sheetId: "{1}",
    sheet: 'A<&>"',
    at: "2026-01-01",
    cells: {
      A1: cloneFormat({
        ...cloneFormat(new MemoryWorkbook().format(new MemoryWorkbook().addSheet("x"), "A1")),
        note: "<]]>&",
      }),
    },
  };
  expect(snapshotFromXml(snapshotToXml(snapshot))).toEqual(snapshot);
  expect(snapshotFromXml("<altro/>")).toBeNull();
});
