/**
 * cig-verifica: checks Ministry model sheets in .xlsx files. `run` is the whole
 * command, with its output streams and engine as arguments; it never throws and
 * returns the exit code (0 no errors, 1 errors found, 2 usage or unreadable input).
 */
import { formatMessage } from "../engine/messages";
import { parseCliArgs, UsageError, type CliOptions } from "./args";
import type { ValidationEngine } from "./engine";
import { formatHuman, formatJson, runTotals } from "./format";
import { verifyFile, type FileReport } from "./verify";

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

function profileList(engine: ValidationEngine): string {
  return engine.profiles.map((p) => p.id).join(", ");
}

export async function run(argv: string[], out: Output, engine: ValidationEngine): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) return unexpected(error, out);
    out.stderr(`${error.message}\n${formatMessage("cli.uso.breve")}\n`);
    return EXIT_USAGE;
  }
  try {
    if (options.help) {
      out.stdout(formatMessage("cli.aiuto", { profili: profileList(engine) }) + "\n");
      return EXIT_OK;
    }
    if (options.profile !== undefined && !engine.profiles.some((p) => p.id === options.profile)) {
      out.stderr(
        formatMessage("cli.profilo.sconosciuto", { profilo: options.profile, profili: profileList(engine) }) + "\n",
      );
      return EXIT_USAGE;
    }
    const reports: FileReport[] = [];
    for (const file of options.files) {
      const report = await verifyFile(file, options, engine);
      // In JSON mode stdout is for the document; read failures also go to stderr for people.
      if (report.error !== undefined && options.json) out.stderr(report.error + "\n");
      reports.push(report);
    }
    out.stdout(options.json ? formatJson(reports, options.onlyErrors) : formatHuman(reports, options.onlyErrors));
    const totals = runTotals(reports);
    if (totals.unreadable > 0) return EXIT_USAGE;
    return totals.errore > 0 ? EXIT_ERRORS : EXIT_OK;
  } catch (error) {
    return unexpected(error, out);
  }
}

/** A bug: one Italian line, no stack trace. */
function unexpected(error: unknown, out: Output): number {
  const detail = error instanceof Error ? error.message : String(error);
  out.stderr(formatMessage("cli.errore.imprevisto", { dettaglio: detail }) + "\n");
  return EXIT_USAGE;
}
