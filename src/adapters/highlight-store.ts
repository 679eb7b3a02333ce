/**
 * How a highlight's undo data is kept in the workbook: one custom XML part per highlighted
 * sheet, namespace HIGHLIGHT_NAMESPACE, holding the cells' previous formats as escaped JSON.
 *
 * Why a custom XML part (not a very hidden sheet, not document settings): it is saved inside the
 * .xlsx, so "Rimuovi evidenziazione" works after the pane (or Excel) was closed and reopened; it
 * is written in the same batch as the marks; it adds no sheet (a hidden sheet would fail on a
 * workbook with protected structure and would travel to the Ministry as an extra sheet); and it
 * has no size limit like the ~2 MB of Office settings.
 */
import type { HighlightSnapshot } from "./port";

export const HIGHLIGHT_NAMESPACE = "urn:cig-addin:evidenziazione:1";

const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

export function snapshotToXml(snapshot: HighlightSnapshot): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<evidenziazione xmlns="${HIGHLIGHT_NAMESPACE}" sheetId="${escapeXml(snapshot.sheetId)}">` +
    escapeXml(JSON.stringify(snapshot)) +
    `</evidenziazione>`
  );
}

/** Null when the part is not ours or is damaged (then there is nothing we can safely restore). */
export function snapshotFromXml(xml: string): HighlightSnapshot | null {
  const m = /<evidenziazione\b[^>]*>([\s\S]*)<\/evidenziazione>/.exec(xml);
  if (!m) return null;
  try {
    const parsed = JSON.parse(unescapeXml(m[1])) as HighlightSnapshot;
    if (typeof parsed.sheetId !== "string" || typeof parsed.cells !== "object" || parsed.cells === null) return null;
    return parsed;
  } catch {
    return null;
  }
}
