/** Rule ids CIG.SETTIMANE reads (for its help page; checked against the golden table by the test). */
export const RULES_READ: string[] = ["durata.quinquennio.decorrenza"];
