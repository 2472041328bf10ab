// SDK: windmill-client 1.818.0 client.mjs: tasks created in a module-level loop are anonymous arrows given to task() and assigned into a table, not to a top-level const the parser can see.
import { task, workflow } from "windmill-client";

const REGIONS = ["eu", "us", "ap"] as const;
const purge: Record<string, (path: string) => Promise<unknown>> = {};
for (const region of REGIONS) {
  purge[region] = task(async (path: string) => ({ region, path, purged: true })); // expect: WAC003
}

export const main = workflow(async (path: string) => {
  const results = [];
  for (const region of REGIONS) results.push(await purge[region](path));
  return results;
});
