/** CIG.CF.VALIDO reads no rule: the check follows DM 23/12/1976 and the partita IVA check digit. */
export const RULES_READ: string[] = [];
