// SDK: windmill-client 1.818.0 client.mjs: the body re-runs after each task; a clock read through a local alias of Date.now still changes per replay.
import { task, workflow } from "windmill-client";

const now = () => Date.now();

const renewLease = task(async (id: string, at: number) => ({ id, at }));

export const main = workflow(async (id: string) => {
  const at = now(); // expect: WAC102
  return await renewLease(id, at);
});
