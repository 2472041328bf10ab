import { workflow } from "windmill-client";
async function run(a: string, n = 2) { return a; }
export const main = workflow(run);
