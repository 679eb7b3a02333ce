/**
 * The help pages served with the add-in (`@helpurl` of each function), generated from
 * the rules table at build time: what the function computes, its arguments, examples
 * from its golden table, and the history of every value it reads with its source.
 * Pure: the build passes in the metadata and the golden cases; this returns HTML.
 */
import type { GoldenCase } from "../functions/golden";
import { citation, italianDate } from "../rules/citation";
import { RULES, SOURCES } from "../rules/catalogue";
import { historyOf, recordReads } from "../rules/lookup";
import type { Rule, RuleEntry, Unit } from "../rules/schema";

/** One function as functions.json describes it (the subset the pages need). */
export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  parameters: { name: string; description?: string; optional?: boolean; dimensionality?: string }[];
}

export interface FunctionDoc {
  /** Folder of the function, also the page name (`massimale` → massimale.html). */
  page: string;
  metadata: FunctionMetadata;
  golden: GoldenCase[];
  /** Rule ids the function read while computing its golden cases. */
  rulesRead: string[];
}

export interface HelpPage {
  file: string;
  html: string;
}

const STATUS_LABEL: Record<string, string> = {
  pubblicato: "pubblicato",
  derivato: "derivato (non pubblicato: vedi nota)",
  dedotto: "dedotto (vedi nota)",
};

function escape(text: unknown): string {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function formatNumber(value: string, decimals: number): string {
  const [int, frac = ""] = value.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const f = frac.padEnd(decimals, "0");
  return f ? `${grouped},${f}` : grouped;
}

/** A rule value as an Italian reader expects it (euro with thousands dot and decimal comma; 9%; 52 settimane). */
export function formatValue(unit: Unit, value: string | number): string {
  const v = String(value);
  switch (unit) {
    case "EUR":
      return `€ ${formatNumber(v, 2)}`;
    case "EUR/ora":
      return `€ ${formatNumber(v, 2)} l'ora`;
    case "frazione": {
      const percent = (Math.round(Number(v) * 1e6) / 1e4).toString();
      return `${percent.replace(".", ",")}%`;
    }
    case "settimane":
    case "mesi":
    case "giorni":
    case "dipendenti":
      return `${v.replace(".", ",")} ${unit}`;
    case "data":
      return italianDate(v);
    default:
      return v;
  }
}

function period(from: string, to: string | undefined): string {
  return to ? `dal ${italianDate(from)} al ${italianDate(to)}` : `dal ${italianDate(from)}`;
}

function sourceLink(sourceId: string): string {
  const s = SOURCES.get(sourceId);
  if (!s) return escape(sourceId);
  const text = escape(citation(s));
  return s.url ? `<a href="${escape(s.url)}" rel="noreferrer">${text}</a>` : text;
}

function entryRow(rule: Rule, h: { entry: RuleEntry; from: string; to: string | undefined }): string {
  const also = (h.entry.alsoSources ?? []).map(sourceLink).join("; ");
  const status = STATUS_LABEL[h.entry.status ?? "pubblicato"];
  const nota = h.entry.nota ? `<div class="nota">${escape(h.entry.nota)}</div>` : "";
  return `<tr><td>${escape(period(h.from, h.to))}</td><td class="num">${escape(formatValue(rule.unit, h.entry.value))}</td>
<td>${sourceLink(h.entry.source)}${also ? `<div class="also">anche: ${also}</div>` : ""}${nota}</td>
<td>${escape(status)}</td><td>${escape(italianDate(h.entry.verifiedOn))}</td></tr>`;
}

/** The history table of one rule. */
export function ruleSection(ruleId: string): string {
  const rule = RULES.get(ruleId);
  if (!rule) return "";
  const validity =
    rule.validity === "annuale"
      ? "valore annuale: non si estende a un anno senza valore pubblicato"
      : "in vigore fino alla modifica successiva";
  const rows = historyOf(ruleId)
    .map((h) => entryRow(rule, h))
    .join("\n");
  return `<section class="rule" id="${escape(rule.id)}">
<h3>${escape(rule.descrizione)}</h3>
<p class="meta"><code>${escape(rule.id)}</code> · ${escape(validity)}</p>
<table><thead><tr><th>Periodo</th><th>Valore</th><th>Fonte</th><th>Stato</th><th>Verificato il</th></tr></thead>
<tbody>${rows}</tbody></table></section>`;
}

function expectedText(atteso: GoldenCase["atteso"]): string {
  if (typeof atteso === "object" && atteso !== null && "errore" in atteso) return atteso.errore;
  if (Array.isArray(atteso)) return `tabella di ${atteso.length} righe`;
  if (typeof atteso === "number") {
    // Amounts (≥ 1 with cents) as 1.234,50; rates and counts as typed.
    const cents = Math.round(atteso * 100) / 100 === atteso && Math.abs(atteso) >= 1 && !Number.isInteger(atteso);
    return cents ? formatNumber(atteso.toFixed(2), 2) : atteso.toString().replace(".", ",");
  }
  if (typeof atteso === "boolean") return atteso ? "VERO" : "FALSO";
  return String(atteso);
}

const STYLE = `body{font-family:"Segoe UI",system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa;line-height:1.45}
header{background:#006b75;color:#fff;padding:16px 24px}header a{color:#fff}main{padding:8px 24px 32px;max-width:1100px}
h1{margin:0;font-size:1.6em}h2{margin-top:1.6em;border-bottom:1px solid #ddd;padding-bottom:4px}h3{margin-bottom:2px;font-size:1.05em}
table{border-collapse:collapse;width:100%;margin:8px 0 16px;background:#fff}th,td{border:1px solid #ddd;padding:5px 8px;text-align:left;vertical-align:top;font-size:.92em}
th{background:#eef5f6}td.num{text-align:right;white-space:nowrap}code{background:#eef;padding:1px 4px;border-radius:3px}
.syntax{font-family:Consolas,monospace;font-size:1.1em;background:#fff;border:1px solid #ddd;padding:8px 12px;display:inline-block}
.meta{color:#555;margin:2px 0}.nota{color:#7a4b00;font-size:.9em;margin-top:4px}.also{color:#555;font-size:.9em}
details summary{cursor:pointer;color:#006b75;font-weight:600}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><style>${STYLE}</style></head>
<body><header><h1>${escape(title)}</h1><a href="index.html">Tutte le funzioni e i valori</a></header><main>
${body}
<p class="meta">Pagina generata dalla tabella delle regole dell'add-in: ogni valore riporta la fonte e la data dell'ultima verifica.</p>
</main></body></html>`;
}

function functionPage(doc: FunctionDoc): string {
  const m = doc.metadata;
  const syntax = `=CIG.${m.name}(${m.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join("; ")})`;
  const params = m.parameters
    .map(
      (p) =>
        `<tr><td><code>${escape(p.name)}</code></td><td>${p.optional ? "facoltativo" : "obbligatorio"}${
          p.dimensionality === "matrix" ? ", intervallo" : ""
        }</td><td>${escape(p.description ?? "")}</td></tr>`,
    )
    .join("\n");
  const examples = (cases: GoldenCase[]) =>
    cases
      .map(
        (c) =>
          `<tr><td>${escape(c.caso)}</td><td><code>${escape(c.formula)}</code></td><td class="num">${escape(
            expectedText(c.atteso),
          )}</td><td>${escape(c.fonte)}</td></tr>`,
      )
      .join("\n");
  const head = doc.golden.slice(0, 8);
  const rest = doc.golden.slice(8);
  const exampleTable = (rows: string) =>
    `<table><thead><tr><th>Caso</th><th>Formula</th><th>Risultato</th><th>Fonte</th></tr></thead><tbody>${rows}</tbody></table>`;
  const rules = doc.rulesRead.map(ruleSection).join("\n");
  return page(
    `CIG.${m.name}`,
    `<p>${escape(m.description)}</p>
<p class="syntax">${escape(syntax)}</p>
<p class="meta">Nell'Excel italiano gli argomenti si separano con il punto e virgola. Gli errori: <code>#VALORE!</code> per un argomento non valido, <code>#N/D</code> quando per quella data non c'è un valore in vigore o pubblicato; il messaggio spiega il motivo.</p>
<h2>Argomenti</h2>
<table><thead><tr><th>Nome</th><th></th><th>Descrizione</th></tr></thead><tbody>${params}</tbody></table>
<h2>Esempi</h2>
${exampleTable(examples(head))}
${rest.length ? `<details><summary>Tutti i ${doc.golden.length} casi verificati</summary>${exampleTable(examples(rest))}</details>` : ""}
<h2>Valori usati e loro storia</h2>
${rules || "<p>Questa funzione non legge valori dalla tabella delle regole.</p>"}`,
  );
}

function indexPage(docs: FunctionDoc[]): string {
  const list = docs
    .map(
      (d) =>
        `<tr><td><a href="${escape(d.page)}.html">CIG.${escape(d.metadata.name)}</a></td><td>${escape(d.metadata.description)}</td></tr>`,
    )
    .join("\n");
  const allRules = [...RULES.keys()].map(ruleSection).join("\n");
  return page(
    "Cassa integrazione – guida alle funzioni",
    `<h2>Funzioni</h2><table><tbody>${list}</tbody></table>
<h2>Tabella delle regole</h2>
<p>Tutti i valori usati dall'add-in, con il periodo di vigenza e la fonte. I valori annuali (come i massimali) valgono solo per l'anno pubblicato: per un anno non ancora pubblicato le funzioni restituiscono <code>#N/D</code>.</p>
${allRules}`,
  );
}

export function renderHelpSite(docs: FunctionDoc[]): HelpPage[] {
  const sorted = [...docs].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  return [
    { file: "index.html", html: indexPage(sorted) },
    ...sorted.map((d) => ({ file: `${d.page}.html`, html: functionPage(d) })),
  ];
}

/** What the build knows of one function folder. */
export interface FunctionSources {
  golden: GoldenCase[];
  adapter: (...args: unknown[]) => unknown;
}

/**
 * Builds the docs of every function in functions.json. `load(page)` gives the golden
 * table and the adapter of a function folder; the rules a function reads are learnt
 * by running its golden cases (errors included) while recording the table's reads.
 */
export function collectDocs(functions: FunctionMetadata[], load: (page: string) => FunctionSources): FunctionDoc[] {
  return functions.map((metadata) => {
    const page = (metadata.helpUrl ?? metadata.id).replace(/^.*\//, "").replace(/\.html$/, "");
    const { golden, adapter } = load(page);
    const read = recordReads(() => {
      for (const c of golden) {
        try {
          adapter(...c.args);
        } catch {
          // Error cases read rules too; the result itself does not matter here.
        }
      }
    });
    const order = [...RULES.keys()];
    const rulesRead = [...read].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return { page, metadata, golden, rulesRead };
  });
}
