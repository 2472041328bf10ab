// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; process.hrtime.bigint() is a clock read whose value reaches a task argument.
import { task, workflow } from "windmill-client";

const record = task(async (name: string, startedNs: string) => ({ name, startedNs }));

export const main = workflow(async (name: string) => {
  const started = process.hrtime.bigint(); // expect: WAC102
  return await record(name, started.toString());
});
