/** Command-line arguments of cig-verifica, parsed with node's util.parseArgs. */
import { parseArgs } from "node:util";
import { parseDateText } from "../engine/dates";
import { formatMessage } from "../engine/messages";

export interface CliOptions {
  files: string[];
  profile?: string;
  sheet?: string;
  json: boolean;
  onlyErrors: boolean;
  /** ISO yyyy-mm-dd. */
  today?: string;
  help: boolean;
}

/** Wrong usage: the Italian message for the user, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

const OPTIONS = {
  profilo: { type: "string" },
  foglio: { type: "string" },
  json: { type: "boolean", default: false },
  "solo-errori": { type: "boolean", default: false },
  oggi: { type: "string" },
  aiuto: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** The option named in one of parseArgs's (English) messages, e.g. "Unknown option '--x'". */
function optionIn(message: string): string {
  const m = /'(-[^' ]+)/.exec(message);
  return m ? m[1] : message;
}

function translate(error: unknown): UsageError {
  const e = error as { code?: string; message?: string };
  const message = e.message ?? String(error);
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UsageError(formatMessage("cli.opzione.sconosciuta", { opzione: optionIn(message) }));
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return new UsageError(formatMessage("cli.opzione.valore.mancante", { opzione: optionIn(message) }));
    default:
      return new UsageError(formatMessage("cli.opzione.non.valida", { dettaglio: message }));
  }
}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw translate(error);
  }
  const { values, positionals } = parsed;
  const options: CliOptions = {
    files: positionals,
    json: values.json === true,
    onlyErrors: values["solo-errori"] === true,
    help: values.aiuto === true || values.help === true,
  };
  for (const [key, name] of [
    ["profilo", "--profilo"],
    ["foglio", "--foglio"],
    ["oggi", "--oggi"],
  ] as const) {
    const value = values[key];
    if (value !== undefined && value.trim() === "") {
      throw new UsageError(formatMessage("cli.opzione.valore.mancante", { opzione: name }));
    }
  }
  if (values.profilo !== undefined) options.profile = values.profilo.trim();
  if (values.foglio !== undefined) options.sheet = values.foglio;
  if (values.oggi !== undefined) {
    const today = values.oggi.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || parseDateText(today) === null) {
      throw new UsageError(formatMessage("cli.oggi.non.valida", { valore: values.oggi }));
    }
    options.today = today;
  }
  if (!options.help && options.files.length === 0) throw new UsageError(formatMessage("cli.nessun.file"));
  return options;
}
