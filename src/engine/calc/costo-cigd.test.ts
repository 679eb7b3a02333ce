import { costoCigd, costoCigdRuleId, costoOrarioCigd } from "./costo-cigd";

describe("costoCigd", () => {
  test("rule ids by province and category", () => {
    expect(costoCigdRuleId("bolzano", "quadri")).toBe("cigd.costo-orario.bolzano.quadri");
  });
  test("hourly cost and total", () => {
    expect(costoOrarioCigd("trento", "operai").toFixed(2)).toBe("8.10");
    expect(costoCigd("trento", "operai", 10).toFixed(2)).toBe("81.00");
    expect(costoCigd("bolzano", "impiegati", 0.333).toFixed(2)).toBe("3.40");
  });
});
