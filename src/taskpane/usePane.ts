/**
 * The pane's state and actions over a WorkbookPort. Reads the sheet, runs the engine, keeps the
 * last grid so that edits re-read only the changed rows, and turns every failure into a message.
 */
import * as React from "react";
import type { MessageId } from "../engine/messages";
import {
  PortError,
  marksFrom,
  parseCell,
  rowsOfAddress,
  type ChangeEvent,
  type HighlightState,
  type SheetInfo,
  type WorkbookPort,
} from "../adapters/port";
import type { GridInput, ProfileMatch, ValidationResult } from "../validation/types";
import { detect, validate } from "./engine";
import { t } from "./t";

export type Intent = "error" | "warning" | "success" | "info";
export interface Notice {
  id: number;
  intent: Intent;
  title?: string;
  text: string;
}

export interface PaneState {
  ready: boolean;
  disabled: boolean;
  sheets: SheetInfo[];
  sheet: string;
  detected: ProfileMatch | null;
  /** "auto" or a profile id. */
  profileChoice: string;
  result: ValidationResult | null;
  running: boolean;
  busy: boolean;
  auto: boolean;
  highlights: HighlightState[];
  notices: Notice[];
  lastRead: { cells: number; ms: number; validateMs: number } | null;
}

const initial: PaneState = {
  ready: false,
  disabled: false,
  sheets: [],
  sheet: "",
  detected: null,
  profileChoice: "auto",
  result: null,
  running: false,
  busy: false,
  auto: false,
  highlights: [],
  notices: [],
  lastRead: null,
};

/** Rows above which an edit re-reads the whole sheet instead of the changed rows. */
const MAX_PARTIAL_ROWS = 2000;
export const AUTO_DELAY_MS = 800;

let noticeSeq = 0;

/** Italian text for any failure: PortError codes map to the catalogue, the rest is an API rejection. */
export function failureText(error: unknown): string {
  if (error instanceof PortError) return t(`pane.errore.${error.code}` as MessageId, error.slots);
  const detail = error instanceof Error ? error.message : String(error);
  return t("pane.errore.api", { dettaglio: detail });
}

export function usePane(port: WorkbookPort) {
  const [state, setState] = React.useState<PaneState>(initial);
  const stateRef = React.useRef(state);
  stateRef.current = state;
  const cache = React.useRef<{ input: GridInput; width: number } | null>(null);
  const pending = React.useRef<{ rows: Set<number>; full: boolean }>({ rows: new Set(), full: false });
  const timer = React.useRef<ReturnType<typeof setTimeout> | null>(null);

  const patch = React.useCallback((p: Partial<PaneState>) => setState((s) => ({ ...s, ...p })), []);
  const notify = React.useCallback((intent: Intent, text: string, title?: string) => {
    const notice = { id: ++noticeSeq, intent, text, title };
    // One message per intent: a new success replaces the old one, errors stay until dismissed.
    setState((s) => ({
      ...s,
      notices: [...s.notices.filter((n) => n.intent === "error" && intent !== "success").slice(-2), notice],
    }));
  }, []);
  const dismiss = React.useCallback(
    (id: number) => setState((s) => ({ ...s, notices: s.notices.filter((n) => n.id !== id) })),
    [],
  );
  const fail = React.useCallback(
    (error: unknown) => notify("error", failureText(error), t("pane.errore.titolo")),
    [notify],
  );

  /** Runs an action with the pane busy; failures become a MessageBar. */
  const guarded = React.useCallback(
    async <T>(action: () => Promise<T>): Promise<T | undefined> => {
      patch({ busy: true });
      try {
        return await action();
      } catch (e) {
        fail(e);
        return undefined;
      } finally {
        patch({ busy: false });
      }
    },
    [fail, patch],
  );

  const refreshHighlights = React.useCallback(async () => {
    patch({ highlights: await port.highlightState() });
  }, [port, patch]);

  const detectOn = React.useCallback(
    async (sheet: string) => {
      // The header row is within the first 15 rows: read only those to name the profile.
      const head = await port.readRows(
        sheet,
        Array.from({ length: 15 }, (_, i) => i + 1),
        1,
        60,
      );
      const values = head.rows.map((r) => r.values);
      patch({ detected: detect({ sheet, values, origin: { row: 1, column: 1 } }) });
    },
    [port, patch],
  );

  // Start: capabilities, sheets, detection, highlights left from an earlier session.
  React.useEffect(() => {
    let alive = true;
    (async () => {
      try {
        const caps = await port.capabilities();
        if (caps.missing.length) {
          if (alive) patch({ ready: true, disabled: true });
          notify("error", t("pane.errore.requirements", { insiemi: caps.missing.join(", ") }), t("pane.errore.titolo"));
          return;
        }
        const sheets = await port.listSheets();
        const active = sheets.find((s) => s.active)?.name ?? sheets[0]?.name ?? "";
        if (!alive) return;
        patch({ sheets, sheet: active, ready: true });
        await refreshHighlights();
        if (active) await detectOn(active);
      } catch (e) {
        if (alive) patch({ ready: true });
        fail(e);
      }
    })();
    return () => {
      alive = false;
    };
  }, [port, patch, notify, fail, refreshHighlights, detectOn]);

  const runEngine = React.useCallback(
    (input: GridInput, started: number, cells: number, readMs: number, rowsReRead?: number) => {
      const choice = stateRef.current.profileChoice;
      let result: ValidationResult;
      const v0 = performance.now();
      try {
        result = validate(input, choice === "auto" ? undefined : choice);
      } catch (e) {
        notify("error", t("pane.errore.motore", { dettaglio: e instanceof Error ? e.message : String(e) }));
        return;
      }
      const validateMs = Math.round(performance.now() - v0);
      patch({
        result,
        detected: result.profile ?? stateRef.current.detected,
        lastRead: { cells, ms: readMs, validateMs },
      });
      const count = (sev: string) => result.findings.filter((f) => f.severity === sev).length;
      const text =
        rowsReRead !== undefined
          ? t("pane.aggiornata", { righe: rowsReRead })
          : t("pane.esito.ok", {
              errori: count("errore"),
              avvisi: count("avviso"),
              info: count("info"),
              record: result.summary.records,
            });
      notify(count("errore") ? "warning" : "success", text);
      void started;
    },
    [notify, patch],
  );

  const verify = React.useCallback(async () => {
    const sheet = stateRef.current.sheet;
    if (!sheet) return;
    patch({ running: true });
    // Let React paint the spinner before the engine takes the thread.
    await new Promise((r) => setTimeout(r, 0));
    try {
      const t0 = performance.now();
      const read = await port.readSheet(sheet);
      const readMs = Math.round(performance.now() - t0);
      const width = read.input.values.reduce((w, r) => Math.max(w, r.length), 0);
      cache.current = { input: read.input, width };
      pending.current = { rows: new Set(), full: false };
      runEngine(read.input, t0, read.cells, readMs);
    } catch (e) {
      fail(e);
    } finally {
      patch({ running: false });
    }
  }, [port, patch, fail, runEngine]);

  /** Re-validation after edits: only the changed rows are re-read when the grid is cached. */
  const revalidateChanged = React.useCallback(async () => {
    const c = cache.current;
    const { rows, full } = pending.current;
    pending.current = { rows: new Set(), full: false };
    const sheet = stateRef.current.sheet;
    if (!c || full || rows.size > MAX_PARTIAL_ROWS || c.input.sheet !== sheet) {
      await verify();
      return;
    }
    if (!rows.size) return;
    try {
      const origin = c.input.origin ?? { row: 1, column: 1 };
      const t0 = performance.now();
      const read = await port.readRows(
        sheet,
        [...rows].sort((a, b) => a - b),
        origin.column,
        origin.column + c.width - 1,
      );
      const values = c.input.values.slice();
      for (const r of read.rows) {
        const i = r.row - origin.row;
        while (values.length <= i) values.push([]);
        values[i] = r.values;
      }
      // Trailing rows that became empty stay as empty rows: the engine skips blank rows.
      c.input = { ...c.input, values, formulasWithoutValue: undefined };
      runEngine(c.input, t0, read.rows.length * c.width, Math.round(performance.now() - t0), read.rows.length);
    } catch (e) {
      fail(e);
    }
  }, [port, verify, runEngine, fail]);

  const onChange = React.useCallback(
    (e: ChangeEvent) => {
      const s = stateRef.current;
      if (!s.auto || e.sheet !== s.sheet || !cache.current) return;
      const c = cache.current;
      const origin = c.input.origin ?? { row: 1, column: 1 };
      const span = rowsOfAddress(e.address);
      const cols = e.address.split(":").map((p) => parseCell(p)?.column);
      const outside =
        !span ||
        span.first < origin.row ||
        cols.some((col) => col !== undefined && (col < origin.column || col >= origin.column + c.width));
      if (outside || span.last - span.first + 1 > MAX_PARTIAL_ROWS) pending.current.full = true;
      else for (let r = span.first; r <= span.last; r++) pending.current.rows.add(r);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void revalidateChanged(), AUTO_DELAY_MS);
    },
    [revalidateChanged],
  );

  React.useEffect(() => {
    if (!state.auto || state.disabled) return;
    let off: (() => Promise<void>) | null = null;
    let alive = true;
    port
      .onChanged(onChange)
      .then((u) => {
        if (alive) off = u;
        else void u();
      })
      .catch(fail);
    return () => {
      alive = false;
      if (timer.current) clearTimeout(timer.current);
      if (off) void off().catch(() => undefined);
    };
  }, [port, state.auto, state.disabled, onChange, fail]);

  const actions = React.useMemo(
    () => ({
      verify,
      dismiss,
      setAuto: (auto: boolean) => patch({ auto }),
      setProfile: (profileChoice: string) => patch({ profileChoice }),
      async setSheet(sheet: string) {
        patch({ sheet, result: null, detected: null });
        cache.current = null;
        await guarded(() => detectOn(sheet));
      },
      async select(sheet: string, cell: string) {
        await guarded(() => port.selectCell(sheet, cell));
      },
      async highlight() {
        const r = stateRef.current.result;
        if (!r) return;
        const marks = marksFrom(r.findings);
        if (!marks.length) {
          notify("info", t("pane.niente.da.evidenziare"));
          return;
        }
        // A new highlight replaces the old one: cells fixed since then get their format back.
        const done = await guarded(async () => {
          if (stateRef.current.highlights.some((h) => h.sheet === r.sheet)) await port.clearHighlight(r.sheet);
          return port.highlight(r.sheet, marks);
        });
        if (!done) return;
        notify(
          done.skipped ? "warning" : "success",
          done.skipped
            ? t("pane.evidenziate.parziale", { n: done.marked, saltate: done.skipped })
            : t("pane.evidenziate", { n: done.marked }),
        );
        await guarded(refreshHighlights);
      },
      async clearHighlight() {
        const n = await guarded(() => port.clearHighlight());
        if (n === undefined) return;
        notify("success", t("pane.ripristinate", { n }));
        await guarded(refreshHighlights);
      },
      async writeReport() {
        const r = stateRef.current.result;
        if (!r) return;
        const { buildReport } = await import(/* webpackChunkName: "report" */ "./report");
        const name = await guarded(() => port.writeReport(buildReport(r, new Date())));
        if (name) notify("success", t("pane.esito.scritto", { foglio: name }));
      },
      async createModel(profileId: string) {
        const { modelSpec } = await import(/* webpackChunkName: "model" */ "./model-spec");
        const name = await guarded(() => port.createModel(modelSpec(profileId)));
        if (!name) return;
        notify("success", t("pane.modello.creato", { foglio: name }));
        const sheets = await guarded(() => port.listSheets());
        if (sheets) patch({ sheets, sheet: name, result: null, detected: null });
      },
    }),
    [verify, dismiss, patch, guarded, detectOn, port, notify, refreshHighlights],
  );

  return { state, actions };
}
