/**
 * Shared by the browser test and the benchmark: build the harness with webpack, serve it on
 * 127.0.0.1:0 with a tiny static server, and launch Debian's Chromium through playwright-core.
 */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import type { AddressInfo } from "net";

export const CHROMIUM = "/usr/bin/chromium";
export const ROOT = path.resolve(__dirname, "../..");

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM);
}

/** Builds the harness (production mode) into `out`; resolves with the emitted initial files. */
export async function buildHarness(out: string): Promise<void> {
  const webpack = require("webpack");
  const config = require(path.join(ROOT, "test/browser/webpack.harness.js"))({ out });
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err: Error | null, stats: { hasErrors(): boolean; toString(o: unknown): string }) => {
      if (err) reject(err);
      else if (stats.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    }),
  );
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
};

export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent((req.url ?? "/").split("?")[0]));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export async function launch() {
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "pw-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
