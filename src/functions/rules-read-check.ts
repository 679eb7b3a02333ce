/**
 * Test helper: a function's RULES_READ (meta.ts) must be exactly the rules its
 * golden table makes it read — nothing listed that no case reads, nothing read
 * that is not listed. Imported by the per-function test files only.
 */
import { recordReads } from "../rules/lookup";
import type { GoldenCase } from "./golden";

type Adapter = (...args: never[]) => unknown;

export function checkRulesRead(name: string, fn: Adapter, cases: GoldenCase[], listed: string[]): void {
  test(`${name}: RULES_READ coincide con le regole lette dai casi della tabella`, () => {
    const read = recordReads(() => {
      for (const c of cases) {
        try {
          (fn as (...args: unknown[]) => unknown)(...c.args);
        } catch {
          // error cases read rules too; the error itself is checked by the golden runner
        }
      }
    });
    expect([...read].sort()).toEqual([...new Set(listed)].sort());
  });
}
