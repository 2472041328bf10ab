// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; date-fns isPast compares with the current time, so a replay after the deadline takes the other branch.
import { isPast } from "date-fns";
import { task, workflow } from "windmill-client";

const remind = task(async (id: string) => ({ id, reminded: true }));
const escalate = task(async (id: string) => ({ id, escalated: true }));

export const main = workflow(async (id: string, deadline: string) => {
  if (isPast(new Date(deadline))) { // expect: WAC102
    return await escalate(id);
  }
  return await remind(id);
});
