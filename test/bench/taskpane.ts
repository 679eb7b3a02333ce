/**
 * Task pane benchmark (prints figures, asserts nothing): `npx tsx test/bench/taskpane.ts`.
 * - JavaScript loaded at start by the pane page (gzip), and the lazily loaded chunks;
 * - navigation → interactive pane in headless Chromium (memory workbook, no Office.js);
 * - time to read + validate + render 10,000 and 100,000 rows;
 * - context.sync() round trips per validation through the Office adapter (office-addin-mock).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { ROOT, buildHarness, chromiumAvailable, launch, serve } from "../../test/browser/harness-server";

const ROWS = [10_000, 100_000];

function gz(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function initialScripts(dir: string, html: string): string[] {
  const text = fs.readFileSync(path.join(dir, html), "utf8");
  return [...text.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((s) => !/^https?:/.test(s));
}

async function bundleFigures(dir: string) {
  const initial = initialScripts(dir, "harness.html");
  const initialGzip = initial.reduce((n, f) => n + gz(path.join(dir, f)), 0);
  const chunkDir = path.join(dir, "chunks");
  const lazy = fs.existsSync(chunkDir) ? fs.readdirSync(chunkDir).filter((f) => f.endsWith(".js")) : [];
  console.log(
    `Harness page (pane + memory workbook + fixture): initial JS ${initial.join(", ")} = ${kb(initialGzip)} gzip`,
  );
  for (const f of lazy) console.log(`  lazy chunk ${f}: ${kb(gz(path.join(chunkDir, f)))} gzip`);
}

async function productionFigures() {
  // The real page (functions + task pane, Office adapter), built with the team's webpack config.
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "prod-"));
  try {
    const webpack = require("webpack");
    const factory = require(path.join(ROOT, "webpack.config.js"));
    const config = await factory({ WEBPACK_BUILD: true }, { mode: "production" });
    config.output = { ...config.output, path: out };
    config.devtool = false;
    const t0 = Date.now();
    await new Promise<void>((resolve, reject) =>
      webpack(config, (err: Error | null, stats: { hasErrors(): boolean; toString(o: unknown): string }) =>
        err
          ? reject(err)
          : stats.hasErrors()
            ? reject(new Error(stats.toString({ all: false, errors: true })))
            : resolve(),
      ),
    );
    const initial = initialScripts(out, "taskpane.html");
    const sizes = initial.map((f) => [f, gz(path.join(out, f))] as const);
    const total = sizes.reduce((n, [, s]) => n + s, 0);
    console.log(
      `Production taskpane.html (built in ${((Date.now() - t0) / 1000).toFixed(1)} s): initial JS ${sizes
        .map(([f, s]) => `${f} ${kb(s)}`)
        .join(" + ")} = ${kb(total)} gzip (goal ≤ 350 KB; office.js from the CDN not counted)`,
    );
    const chunkDir = path.join(out, "chunks");
    if (fs.existsSync(chunkDir)) {
      for (const f of fs.readdirSync(chunkDir).filter((x) => x.endsWith(".js")))
        console.log(`  lazy chunk ${f}: ${kb(gz(path.join(chunkDir, f)))} gzip`);
    }
  } catch (e) {
    console.log(`Production build not measured: ${(e as Error).message.split("\n")[0]}`);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

async function syncFigures() {
  const { MemoryWorkbook } = await import("../../src/adapters/memory/workbook");
  const { OfficePort } = await import("../../src/adapters/office/office-port");
  const { makeExcelMock } = await import("../../src/adapters/office/testing/excel-mock");
  const { mobilitaSheet } = await import("../browser/harness/fixture");
  for (const n of [40, ...ROWS]) {
    const wb = new MemoryWorkbook();
    wb.addSheet("Beneficiari", mobilitaSheet(n, { faultEvery: 5, titleRows: true }));
    const mock = makeExcelMock(wb);
    const g = globalThis as unknown as { Excel: unknown; Office: unknown };
    g.Excel = mock.Excel;
    g.Office = mock.Office;
    const read = await new OfficePort().readSheet("Beneficiari");
    console.log(
      `Office adapter, ${n} rows (${read.cells.toLocaleString("it-IT")} cells): ${mock.syncs} context.sync() per validation read, ${read.chunks} chunk(s), ${mock.writes.length} writes`,
    );
  }
}

async function browserFigures(url: string) {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    // Navigation → interactive: the Verifica button enabled with the profile detected.
    for (let i = 0; i < 3; i++) {
      const t0 = Date.now();
      await page.goto(`${url}/harness.html?rows=40`);
      await page.waitForFunction(() => {
        const b = [...document.querySelectorAll("button")].find((x) => x.textContent === "Verifica");
        return !!b && !b.disabled && /rilevato/.test(document.body.textContent ?? "");
      });
      const wall = Date.now() - t0;
      const nav = await page.evaluate(() => Math.round(performance.now()));
      console.log(
        `Navigation → interactive pane (40 rows): ${wall} ms wall, ${nav} ms since navigation start (run ${i + 1})`,
      );
    }
    for (const n of ROWS) {
      const t0 = Date.now();
      await page.goto(`${url}/harness.html?rows=${n}`);
      await page.getByRole("button", { name: "Verifica", exact: true }).waitFor();
      await page.waitForFunction(
        () => {
          const b = [...document.querySelectorAll("button")].find((x) => x.textContent === "Verifica");
          return !!b && !b.disabled;
        },
        undefined,
        { timeout: 120_000 },
      );
      const load = Date.now() - t0;
      const t1 = Date.now();
      await page.getByRole("button", { name: "Verifica", exact: true }).click();
      await page.getByText(/^Verifica completata:/).waitFor({ timeout: 300_000 });
      await page.locator("[role=listitem]").first().waitFor();
      const total = Date.now() - t1;
      const status = await page.getByText(/^Letto .* celle in/).innerText();
      const found = await page.getByText(/^Verifica completata:/).innerText();
      const items = await page.locator("[role=listitem]").count();
      console.log(
        `${n.toLocaleString("it-IT")} rows: click → findings rendered ${total} ms (pane: "${status}"); ${found}; ${items} row groups on the first page; page with fixture ready in ${load} ms`,
      );
    }
  } finally {
    await browser.close();
  }
}

(async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "harness-bench-"));
  try {
    const t0 = Date.now();
    await buildHarness(out);
    console.log(`Harness build: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await bundleFigures(out);
    await productionFigures();
    await syncFigures();
    if (!chromiumAvailable()) {
      console.log("Chromium not found at /usr/bin/chromium: browser figures skipped.");
      return;
    }
    const server = await serve(out);
    try {
      await browserFigures(server.url);
    } finally {
      await server.close();
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
