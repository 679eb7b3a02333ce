/** The help pages are generated from the rules table: check what a reader relies on. */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { collectDocs, formatValue, renderHelpSite, type FunctionMetadata } from "../../src/help/site";
import { historyOf } from "../../src/rules/lookup";

const FUNCTIONS_DIR = path.resolve(__dirname, "../../src/functions");
const folders = fs
  .readdirSync(FUNCTIONS_DIR)
  .filter((d) => fs.existsSync(path.join(FUNCTIONS_DIR, d, "function.ts")));

let pages: Map<string, string>;
let docs: ReturnType<typeof collectDocs>;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    folders.map((d) => path.join(FUNCTIONS_DIR, d, "function.ts")),
    true,
  );
  expect(result.errors).toEqual([]);
  const functions = JSON.parse(result.metadataJson).functions as FunctionMetadata[];
  docs = collectDocs(functions, (page) => {
    const golden = require(path.join(FUNCTIONS_DIR, page, "fixtures/golden")).GOLDEN;

    const adapter = Object.values(require(path.join(FUNCTIONS_DIR, page, "function"))).find(
      (v) => typeof v === "function",
    );
    return { golden, adapter: adapter as (...args: unknown[]) => unknown };
  });
  pages = new Map(renderHelpSite(docs).map((p) => [p.file, p.html]));
});

test("an index and one page per function", () => {
  expect(pages.has("index.html")).toBe(true);
  for (const d of folders) expect(pages.has(`${d}.html`)).toBe(true);
});

test("CIG.MASSIMALE's page shows its syntax, examples and the whole history of the caps it reads", () => {
  const html = pages.get("massimale.html") as string;
  expect(html).toContain("=CIG.MASSIMALE(periodo; [retribuzione_mensile]; [netto]; [settore])");
  const doc = docs.find((d) => d.page === "massimale");
  expect(doc?.rulesRead).toEqual(
    expect.arrayContaining(["massimale.regime", "massimale.unico.lordo", "massimale.soglia"]),
  );
  for (const h of historyOf("massimale.unico.lordo")) expect(html).toContain(formatValue("EUR", h.entry.value));
  expect(html).toContain("€ 1.423,69");
  expect(html).toContain("Circ. INPS n. 4 del 28/01/2026");
  expect(html).toContain("derivato"); // the 2018 edilizia figures are marked
});

test("ADDIZIONALE's page lists the reduced rates with their source", () => {
  const html = pages.get("addizionale.html") as string;
  expect(html).toContain("6%");
  expect(html).toContain("L. n. 234 del 30/12/2021");
});

test("no page shows undefined, NaN or an unescaped tag from data", () => {
  for (const [file, html] of pages) {
    expect([file, /undefined|NaN|\[object Object\]/.test(html)]).toEqual([file, false]);
  }
});

test("values are written the Italian way", () => {
  expect(formatValue("EUR", "1423.69")).toBe("€ 1.423,69");
  expect(formatValue("frazione", "0.09")).toBe("9%");
  expect(formatValue("frazione", "0.0027")).toBe("0,27%");
  expect(formatValue("settimane", 52)).toBe("52 settimane");
  expect(formatValue("data", "2026-01-01")).toBe("01/01/2026");
});
