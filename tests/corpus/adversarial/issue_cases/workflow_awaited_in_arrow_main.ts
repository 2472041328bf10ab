// SDK: windmill-client 1.818.0 client.mjs workflow(fn) sets fn._is_workflow and returns fn; awaiting it yields the function, so the body never runs.
import { step, task, workflow } from "windmill-client";

const importRows = task(async (file: string) => ({ file, rows: 100 }));

export const main = async (files: string[]) => await workflow(async () => { // expect: WAC005
  const started = await step("started", () => new Date().toISOString());
  const results = [];
  for (const f of files) results.push(await importRows(f));
  return { started, results };
});
