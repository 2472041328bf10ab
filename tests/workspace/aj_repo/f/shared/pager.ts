import { makePager } from "./factory.ts";

export const pager = makePager("https://pager.stmarys.internal/v1/pages");
