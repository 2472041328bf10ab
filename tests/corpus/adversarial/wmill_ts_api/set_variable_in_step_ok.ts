// SDK: windmill-client 1.818.0 client.mjs setVariable() and step(): the update runs once inside the step and the step's result is checkpointed.
import * as wmill from "windmill-client";
import { step, task, workflow } from "windmill-client";

const sync = task(async (since: string) => ({ cursor: `${since}-next`, rows: 42 }));

export const main = workflow(async (since: string) => {
  const res = await sync(since);
  await step("save_cursor", async () => {
    await wmill.setVariable("f/etl/last_cursor", res.cursor);
    return res.cursor;
  });
  return res.rows;
});
