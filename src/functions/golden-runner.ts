/**
 * Runs a golden table through an adapter, as jest tests (imported by the
 * per-function test files only).
 */
import type { GoldenCase } from "./golden";

type Adapter = (...args: never[]) => unknown;

export function runGolden(name: string, fn: Adapter, cases: GoldenCase[]): void {
  describe(`${name}: tabella dei casi`, () => {
    test.each(cases.map((c) => [c.caso, c] as const))("%s", (_caso, c) => {
      const call = () => (fn as (...args: unknown[]) => unknown)(...c.args);
      const expected = c.atteso;
      if (typeof expected === "object" && expected !== null && "errore" in expected) {
        let thrown: unknown;
        try {
          call();
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toMatchObject({ code: expected.errore });
        expect((thrown as Error).message).toMatch(/[a-zà-ù]{3,}/i);
        expect((thrown as Error).message).not.toMatch(/undefined|NaN|Cannot|TypeError/);
      } else {
        expect(call()).toEqual(expected);
      }
    });
  });
}
