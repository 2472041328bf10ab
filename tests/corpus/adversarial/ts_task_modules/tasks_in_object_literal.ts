// SDK: windmill-client 1.818.0 client.mjs: task() names its step from `fn.name`; an arrow given straight to task() inside an object literal is anonymous, and Windmill's parser only sees tasks assigned to a top-level const.
import { task, workflow } from "windmill-client";

const steps = {
  enrich: task(async (id: string) => ({ id, enriched: true })), // expect: WAC003
};

export const main = workflow(async (ids: string[]) => {
  const out = [];
  for (const id of ids) out.push(await steps.enrich(id));
  return out;
});
