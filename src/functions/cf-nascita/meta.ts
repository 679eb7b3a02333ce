/** CIG.CF.NASCITA reads no rule: the layout of the code is fixed by DM 23/12/1976. */
export const RULES_READ: string[] = [];
