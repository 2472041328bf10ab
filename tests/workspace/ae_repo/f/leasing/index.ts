// What other folders import from leasing.
export { loadUnits, vacantUnits, screenApplicant, passes } from "./exports";
export type { Screening } from "./exports";
