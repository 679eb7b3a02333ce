/**
 * The built task pane in Debian's headless Chromium (playwright-core), over the in-memory
 * workbook (test/browser/harness): verify, findings, click → selection, highlight, close and
 * reopen, restore formats, summary, report, edits, failures. Screenshots go to artifacts/.
 * Skips only when /usr/bin/chromium is missing (CI installs it).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { ROOT, buildHarness, chromiumAvailable, launch, serve } from "./harness-server";

const ARTIFACTS = path.join(ROOT, "artifacts");
const available = chromiumAvailable();
if (!available) {
  console.warn(
    "test/browser/taskpane.test.ts: /usr/bin/chromium non trovato, test del browser saltati (apt-get install -y chromium).",
  );
}
const maybe = available ? describe : describe.skip;

jest.setTimeout(240_000);

maybe("task pane in Chromium over the memory workbook", () => {
  let out: string;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Awaited<ReturnType<typeof launch>>;
  const external: string[] = [];

  beforeAll(async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "harness-"));
    await buildHarness(out);
    server = await serve(out);
    browser = await launch();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await browser.context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      external.push(url);
      return route.abort();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  async function open(query = ""): Promise<Page> {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}/harness.html${query}`);
    await page.getByRole("button", { name: "Verifica", exact: true }).waitFor();
    (page as unknown as { errors: string[] }).errors = errors;
    return page;
  }
  const harness = <T>(page: Page, fn: string, ...args: unknown[]): Promise<T> =>
    page.evaluate(([f, a]) => (window as any).__harness[f as string](...(a as unknown[])), [fn, args] as const);
  const selection = (page: Page) => page.evaluate(() => (window as any).__harness.workbook.selection);

  test("verify, see findings, select a cell, filter, highlight, reopen, restore", async () => {
    const page = await open();
    await page
      .getByText(/rilevato, \d+%/)
      .first()
      .waitFor();
    const before = await harness<unknown>(page, "format", "Beneficiari", "E4");

    await page.getByRole("button", { name: "Verifica", exact: true }).click();
    await page.getByText(/^Verifica completata:/).waitFor();
    // Row 4 carries a wrong codice fiscale (fixture fault): its finding points at E4.
    const e4 = page.locator('button[data-cell="E4"]');
    await expect(e4.count()).resolves.toBeGreaterThan(0);
    await expect(e4.first().innerText()).resolves.toContain("Codice fiscale");
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-findings.png") });

    await e4.first().click();
    await page.waitForFunction(() => (window as any).__harness.workbook.selection?.cell === "E4");
    expect(await selection(page)).toEqual({ sheet: "Beneficiari", cell: "E4" });

    // Severity filter: only warnings.
    await page.locator('button[data-severity="avviso"]').click();
    const sevs = await page.locator("[role=listitem]").evaluateAll((els) => els.length);
    expect(sevs).toBeGreaterThan(0);
    await expect(page.locator('button[data-cell="E4"]').count()).resolves.toBe(0);
    await page.getByRole("button", { name: /^Tutte/ }).click();

    // Highlight: E4 takes the error fill, in the workbook.
    await page.getByRole("button", { name: "Evidenzia", exact: true }).click();
    await page.getByText(/^Evidenziate \d+ celle/).waitFor();
    const marked = await harness<{ fill: string; note: string }>(page, "format", "Beneficiari", "E4");
    expect(marked.fill).toBe("#FDE7E9");
    expect(marked.note).toContain("Codice fiscale");
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-highlight.png") });

    // Close and reopen the pane: the undo data is in the workbook, not in the pane.
    await harness(page, "remount");
    await page.getByText(/Evidenziazione attiva su «Beneficiari»/).waitFor();
    await page.getByRole("button", { name: "Rimuovi evidenziazione" }).click();
    await page.getByText(/^Ripristinati i formati di \d+ celle/).waitFor();
    expect(await harness(page, "format", "Beneficiari", "E4")).toEqual(before);
    const parts = await page.evaluate(() => (window as any).__harness.workbook.customXmlParts.size);
    expect(parts).toBe(0);
    expect((page as unknown as { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  test("summary with the split by Regione; report written as text", async () => {
    const page = await open();
    await page.getByRole("button", { name: "Verifica", exact: true }).click();
    await page.getByText(/^Verifica completata:/).waitFor();
    await page.getByRole("tab", { name: "Riepilogo" }).click();
    const summary = page.getByTestId("summary");
    await summary.waitFor();
    const text = await summary.innerText();
    expect(text).toContain("Righe (record)");
    expect(text).toContain("Per Regione");
    expect(text).toContain("Campania");
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-summary.png") });

    await page.getByRole("button", { name: "Altre azioni" }).click();
    await page.getByRole("menuitem", { name: "Scrivi esito" }).click();
    await page.getByText(/^Esito scritto nel foglio «Esito verifica»/).waitFor();
    const report = await page.evaluate(() => {
      const s = (window as any).__harness.workbook.sheet("Esito verifica");
      return {
        formulas: s.formulas.size,
        rows: s.values.length,
        header: s.values.find((r: unknown[]) => r[0] === "Gravità"),
      };
    });
    expect(report.formulas).toBe(0);
    expect(report.rows).toBeGreaterThan(5);
    expect(report.header).toEqual(["Gravità", "Cella", "Riga", "Colonna", "Messaggio", "Regola", "Fonte"]);
    await page.close();
  });

  test("after an edit the pane re-reads only the changed row", async () => {
    const page = await open();
    await page.getByRole("button", { name: "Verifica", exact: true }).click();
    await page.getByText(/^Verifica completata:/).waitFor();
    // Row 14: privacy notice "No" (fixture fault).
    await expect(page.locator('button[data-cell="V14"]').count()).resolves.toBe(1);
    await page.getByRole("switch", { name: "Verifica dopo ogni modifica" }).click();
    await harness(page, "edit", "Beneficiari", "V14", "Sì");
    await page.getByText(/^Verifica aggiornata dopo la modifica \(1 righe rilette\)/).waitFor();
    await expect(page.locator('button[data-cell="V14"]').count()).resolves.toBe(0);
    await page.close();
  });

  test("create an empty model sheet", async () => {
    const page = await open();
    await page.getByRole("button", { name: "Altre azioni" }).click();
    await page.getByRole("menuitem", { name: "Crea modello" }).click();
    await page.getByRole("menuitem", { name: /^Mobilità in deroga/ }).click();
    await page.getByText(/^Creato il foglio «Modello mobilita-deroga»/).waitFor();
    const model = await page.evaluate(() => {
      const s = (window as any).__harness.workbook.sheet("Modello mobilita-deroga");
      return {
        header: s.values[0],
        freeze: s.freezeRows,
        lists: s.validations.map((v: { list: string[] }) => v.list.length),
      };
    });
    expect(model.header[0]).toBe("Regione");
    expect(model.freeze).toBe(1);
    expect(model.lists.length).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  test("failures are shown: protected sheet, old Excel, rejected call", async () => {
    let page = await open("?protected=1&theme=dark");
    await page.getByRole("button", { name: "Verifica", exact: true }).click();
    await page.getByText(/^Verifica completata:/).waitFor();
    await page.getByRole("button", { name: "Evidenzia", exact: true }).click();
    await page.getByText(/è protetto: togliere la protezione/).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-dark-protected.png") });
    await page.close();

    page = await open("?missing=1");
    await page.getByText(/non offre le funzioni necessarie \(ExcelApi 1\.9\)/).waitFor();
    await expect(page.getByRole("button", { name: "Verifica", exact: true }).isDisabled()).resolves.toBe(true);
    await page.close();

    page = await open();
    await page.evaluate(() => ((window as any).__harness.workbook.failNext = "GeneralException: errore simulato"));
    await page.getByRole("button", { name: "Verifica", exact: true }).click();
    await page.getByText(/Excel ha rifiutato l'operazione \(.*errore simulato\)/).waitFor();
    await page.close();
    expect(external).toEqual([]);
  });
});
