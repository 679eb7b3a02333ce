/** Rule ids CIG.SGRAVIO.SOLIDARIETA reads (for its help page; checked against the golden table by the test). */
export const RULES_READ: string[] = ["solidarieta.sgravio.aliquota", "solidarieta.sgravio.soglia-riduzione"];
