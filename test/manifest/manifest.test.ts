/**
 * Offline checks of manifest.xml (the Microsoft validation service is online only):
 * a shared runtime with the CIG namespace, every resid resolving, https URLs on one origin.
 */
import * as fs from "fs";
import * as path from "path";
import { parseStringPromise } from "xml2js";

const ROOT = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

type Node = { [key: string]: unknown };
let manifest: Node;

/** Every value of attribute `attr` anywhere below `node`. */
function attributes(node: unknown, attr: string, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => attributes(n, attr, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$" && value && typeof value === "object" && attr in value)
        found.push((value as Node)[attr] as string);
      else attributes(value, attr, found);
    }
  }
  return found;
}

function resources(kind: "bt:Urls" | "bt:ShortStrings" | "bt:LongStrings" | "bt:Images"): Map<string, string> {
  const res = (manifest.VersionOverrides as Node[])[0].Resources as Node[];
  const group = (res[0][kind] as Node[])[0];
  const items =
    (group[kind === "bt:Urls" ? "bt:Url" : kind === "bt:Images" ? "bt:Image" : "bt:String"] as Node[]) ?? [];
  return new Map(items.map((i) => [(i.$ as Node).id as string, (i.$ as Node).DefaultValue as string]));
}

beforeAll(async () => {
  manifest = (await parseStringPromise(xml)).OfficeApp;
});

test("identity: GUID id, four-part version, Italian default locale, read/write permission", () => {
  expect((manifest.Id as string[])[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect((manifest.Version as string[])[0]).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect((manifest.DefaultLocale as string[])[0]).toBe("it-IT");
  expect((manifest.Permissions as string[])[0]).toBe("ReadWriteDocument");
});

test("requires the shared runtime 1.1", () => {
  const sets = ((manifest.Requirements as Node[])[0].Sets as Node[])[0].Set as Node[];
  expect(sets.map((s) => s.$)).toContainEqual({ Name: "SharedRuntime", MinVersion: "1.1" });
});

test("one long-lived runtime shared by functions, task pane and ribbon", () => {
  const host = (((manifest.VersionOverrides as Node[])[0].Hosts as Node[])[0].Host as Node[])[0];
  const runtime = ((host.Runtimes as Node[])[0].Runtime as Node[])[0].$ as Node;
  expect(runtime).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
  const extension = ((host.AllFormFactors as Node[])[0].ExtensionPoint as Node[])[0];
  const page = (((extension.Page as Node[])[0].SourceLocation as Node[])[0].$ as Node).resid;
  const functionFile = (((host.DesktopFormFactor as Node[])[0].FunctionFile as Node[])[0].$ as Node).resid;
  expect(page).toBe("Taskpane.Url");
  expect(functionFile).toBe("Taskpane.Url");
  const namespaceId = ((extension.Namespace as Node[])[0].$ as Node).resid as string;
  expect(resources("bt:ShortStrings").get(namespaceId)).toBe("CIG");
});

test("every resid resolves to a resource", () => {
  const known = new Set([
    ...resources("bt:Urls").keys(),
    ...resources("bt:ShortStrings").keys(),
    ...resources("bt:LongStrings").keys(),
    ...resources("bt:Images").keys(),
  ]);
  const used = attributes(manifest, "resid");
  expect(used.length).toBeGreaterThan(10);
  expect(used.filter((id) => !known.has(id))).toEqual([]);
});

test("every URL is https on one origin, and every icon exists in assets/", () => {
  const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000\//);
  for (const url of urls.filter((u) => u.includes("/assets/"))) {
    expect(fs.existsSync(path.join(ROOT, "assets", path.basename(url)))).toBe(true);
  }
});

test("ribbon button opens the task pane and its texts are Italian", () => {
  expect(xml).toContain('<Action xsi:type="ShowTaskpane">');
  expect(resources("bt:ShortStrings").get("TaskpaneButton.Label")).toBe("Verifica modello");
});
