/**
 * The CIG.* catalogue as Excel sees it, derived (never listed by hand) from the
 * metadata that custom-functions-metadata generates from the JSDoc of every
 * src/functions/<name>/function.ts — the generator the webpack build uses — and
 * joined with the adapter implementations exported by src/functions/index.ts.
 * A new function folder is picked up by every test and benchmark automatically.
 */
import * as fs from "fs";
import * as path from "path";
import * as adapters from "../../src/functions";

export const ROOT = path.resolve(__dirname, "../..");

export interface ParameterInfo {
  name: string;
  optional: boolean;
  /** The parameter is declared as a range (`any[][]`, `number[][]`…): Excel passes a 2-D array. */
  matrix: boolean;
  type: string;
  description: string;
}

export type Adapter = (...args: unknown[]) => unknown;

export interface CatalogueFunction {
  /** Metadata id, e.g. "ADDIZIONALE.ALIQUOTA". */
  id: string;
  /** Name without the namespace, e.g. "ADDIZIONALE.ALIQUOTA". */
  name: string;
  /** Name typed in a cell, e.g. "CIG.ADDIZIONALE.ALIQUOTA". */
  fullName: string;
  /** Exported name of the adapter in src/functions/index.ts. */
  functionName: string;
  sourceFile: string;
  description: string;
  parameters: ParameterInfo[];
  resultType: string;
  /** The function returns a 2-D array that spills. */
  resultMatrix: boolean;
  impl: Adapter;
}

interface MetadataParameter {
  name: string;
  description?: string;
  type?: string;
  optional?: boolean;
  dimensionality?: string;
}

interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  result?: { type?: string; dimensionality?: string };
}

interface GenerateResult {
  metadataJson: string;
  associate: { sourceFileName: string; functionName: string; id: string }[];
  errors: string[];
}

/** The adapter source files, as webpack.config.js lists them (one folder per function). */
export function functionSourceFiles(): string[] {
  const dir = path.join(ROOT, "src/functions");
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "function.ts")))
    .map((d) => path.join("src/functions", d.name, "function.ts"))
    .sort();
}

/** The namespace of the manifest (<bt:String id="Functions.Namespace" DefaultValue="CIG"/>). */
export function namespace(): string {
  const manifest = path.join(ROOT, "manifest.xml");
  if (fs.existsSync(manifest)) {
    const m = /id="Functions\.Namespace"\s+DefaultValue="([^"]+)"/.exec(fs.readFileSync(manifest, "utf8"));
    if (m) return m[1];
  }
  return "CIG";
}

interface Built {
  functions: CatalogueFunction[];
  /** Functions in the metadata whose adapter src/functions/index.ts does not export. */
  missing: string[];
}

let cached: Promise<Built> | undefined;

/**
 * The catalogue, sorted by name. A function whose adapter is not exported by
 * src/functions/index.ts is left out here and reported by `missingAdapters()`
 * (a test asserts there are none), so that one unfinished function does not hide
 * the results of the others.
 */
export async function loadCatalogue(): Promise<CatalogueFunction[]> {
  cached ??= build();
  return (await cached).functions;
}

export async function missingAdapters(): Promise<string[]> {
  cached ??= build();
  return (await cached).missing;
}

async function build(): Promise<Built> {
  // The generator resolves paths against the working directory, as webpack does.
  const previous = process.cwd();
  process.chdir(ROOT);
  let result: GenerateResult;
  try {
    const { generateCustomFunctionsMetadata } = require("custom-functions-metadata") as {
      generateCustomFunctionsMetadata: (files: string[], quiet?: boolean) => Promise<GenerateResult>;
    };
    result = await generateCustomFunctionsMetadata(functionSourceFiles(), true);
  } finally {
    process.chdir(previous);
  }
  if (result.errors.length > 0) throw new Error(`custom-functions metadata errors:\n${result.errors.join("\n")}`);
  const metadata = JSON.parse(result.metadataJson) as { functions: MetadataFunction[] };
  const ns = namespace();
  const table = adapters as unknown as Record<string, unknown>;
  const missing: string[] = [];
  const functions = metadata.functions.flatMap((f): CatalogueFunction[] => {
    const assoc = result.associate.find((a) => a.id === f.id);
    if (!assoc) throw new Error(`No associate entry for ${f.id}`);
    const impl = table[assoc.functionName];
    if (typeof impl !== "function") {
      const problem = `${ns}.${f.name}: src/functions/index.ts does not export "${assoc.functionName}" (${assoc.sourceFileName})`;
      missing.push(problem);
      return [];
    }
    return [
      {
        id: f.id,
        name: f.name,
        fullName: `${ns}.${f.name}`,
        functionName: assoc.functionName,
        sourceFile: assoc.sourceFileName,
        description: f.description ?? "",
        parameters: f.parameters.map((p) => ({
          name: p.name,
          optional: p.optional === true,
          matrix: p.dimensionality === "matrix",
          type: p.type ?? "any",
          description: p.description ?? "",
        })),
        resultType: f.result?.type ?? "any",
        resultMatrix: f.result?.dimensionality === "matrix",
        impl: impl as Adapter,
      },
    ];
  });
  return { functions: functions.sort((a, b) => a.name.localeCompare(b.name)), missing };
}
