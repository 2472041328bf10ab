// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; new TZDate() without arguments is the current time, different on each replay.
import { TZDate } from "@date-fns/tz";
import { task, workflow } from "windmill-client";

const schedule = task(async (at: string) => ({ at }));

export const main = workflow(async () => {
  const today = new TZDate(); // expect: WAC102
  return await schedule(today.toISOString());
});
