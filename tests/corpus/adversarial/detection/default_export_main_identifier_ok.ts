// SDK: windmill-client 1.818.0 client.mjs workflow(fn) returns fn marked _is_workflow; `export default main` names the workflow `main`, so windmill-oracle sig reads its parameters and dag its steps.
import { task, workflow } from "windmill-client";

const normalize = task(async (records: string[]) => records.map((r) => r.trim().toLowerCase()));

const main = workflow(async (records: string[]) => {
  const cleaned = await normalize(records);
  return { count: cleaned.length };
});

export default main;
