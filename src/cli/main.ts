/** Entry point of the cig-verifica command (src/cli/cig-verifica.js loads it). */
import { detectProfiles, PROFILES, validateGrid } from "../validation";
import { formatMessage } from "../engine/messages";
import { run } from "./run";

function fatal(error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(formatMessage("cli.errore.imprevisto", { dettaglio: detail }) + "\n");
  process.exit(2);
}

export async function main(): Promise<void> {
  process.on("uncaughtException", fatal);
  process.on("unhandledRejection", fatal);
  // A closed pipe (`cig-verifica … | head`) is not an error of ours.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    fatal(error);
  });
  const code = await run(
    process.argv.slice(2),
    { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) },
    { validateGrid, detectProfiles, profiles: PROFILES },
  );
  process.exitCode = code;
}

main().catch(fatal);
