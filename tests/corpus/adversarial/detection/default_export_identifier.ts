// SDK: windmill-client 1.818.0 client.mjs workflow(fn) returns fn marked _is_workflow, so `export default pipeline` runs, but windmill-oracle sig reads no parameters through it (args: []): the workflow is called without records.
import { task, workflow } from "windmill-client";

const normalize = task(async (records: string[]) => records.map((r) => r.trim().toLowerCase()));
const dedupe = task(async (records: string[]) => [...new Set(records)]);

const pipeline = workflow(async (records: string[]) => { // expect: WAC005
  const cleaned = await normalize(records);
  const unique = await dedupe(cleaned);
  return { before: records.length, after: unique.length };
});

export default pipeline;
