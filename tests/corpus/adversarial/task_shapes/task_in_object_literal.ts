// SDK: windmill-client 1.818.0 client.mjs task(): the task runs, keyed `step` (its arrow is a call argument, so it has no name); windmill-oracle dag: Windmill's diagram draws only tasks assigned whole to a top-level const, so this one is missing.
import { task, workflow } from "windmill-client";

const crm = {
  upsert: task(async (email: string) => ({ email, upserted: true })), // expect: WAC003
};

export const main = workflow(async (email: string) => {
  return await crm.upsert(email);
});
