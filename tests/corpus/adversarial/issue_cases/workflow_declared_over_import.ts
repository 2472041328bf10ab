// SDK: windmill-client 1.818.0 exports `workflow`; declaring it again in the module is a SyntaxError at load (ES module rules, checked with Node's loader), and Windmill runs `main`, which is missing.
import { parallel, step, task, workflow } from "windmill-client";

const enrich = task(async (id: string) => ({ id, ok: true }));

export async function workflow(ids: string[]) { // expect: WAC005
  const total = await step("total", () => ids.length);
  const rows = await parallel(ids, (id) => enrich(id), { concurrency: 3 });
  return { total, rows };
}
