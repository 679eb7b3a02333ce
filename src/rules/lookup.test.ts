import { historyOf, valueAt } from "./lookup";

describe("valueAt", () => {
  test("an annual value holds for its own year only", () => {
    const v = valueAt("massimale.unico.lordo", "2026-12-31");
    expect(v.ok && v.entry.value).toBe("1423.69");
    expect(v.ok && v.to).toBe("2026-12-31");
    expect(valueAt("massimale.unico.lordo", "2027-01-01")).toMatchObject({
      ok: false,
      reason: "non-ancora-pubblicato",
    });
  });

  test("before the first value a rule is not in force", () => {
    expect(valueAt("massimale.unico.lordo", "2021-12-31")).toMatchObject({ ok: false, reason: "non-in-vigore" });
  });

  test("an annual rule that the law ended is not 'not yet published'", () => {
    // Two tiers ended with 2021: asking for 2022 is "not in force", not "not yet published".
    expect(valueAt("massimale.soglia", "2022-06-01")).toMatchObject({ ok: false });
  });

  test("a rate carries forward until changed", () => {
    const v = valueAt("addizionale.aliquota.prima", "2040-06-30");
    expect(v.ok && v.entry.value).toBe("0.09");
    expect(v.ok && v.to).toBeUndefined();
  });

  test("an explicit end date closes a value", () => {
    expect(valueAt("addizionale.cigd", "2016-12-31").ok).toBe(true);
    expect(valueAt("addizionale.cigd", "2017-01-01")).toMatchObject({ ok: false, reason: "non-in-vigore" });
  });

  test("a regime switches on its start day", () => {
    const before = valueAt("massimale.regime", "2021-12-31");
    const after = valueAt("massimale.regime", "2022-01-01");
    expect(before.ok && before.entry.value).toBe("due-fasce");
    expect(before.ok && before.to).toBe("2021-12-31");
    expect(after.ok && after.entry.value).toBe("unico");
  });

  test("history lists every value with its period and source", () => {
    const history = historyOf("massimale.unico.lordo");
    expect(history.map((h) => h.from.slice(0, 4))).toEqual(["2022", "2023", "2024", "2025", "2026"]);
    expect(history[4].source.numero).toBe("4");
  });

  test("an unknown id is a programming error", () => {
    expect(() => valueAt("non.esiste", "2024-01-01")).toThrow(/Unknown rule id/);
  });
});
