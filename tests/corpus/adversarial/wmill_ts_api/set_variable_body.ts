// SDK: windmill-client 1.818.0 client.mjs setVariable(): a VariableService update or create request; in the body it is sent again on every replay.
import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

const sync = task(async (since: string) => ({ cursor: `${since}-next`, rows: 42 }));

export const main = workflow(async (since: string) => {
  const res = await sync(since);
  await wmill.setVariable("f/etl/last_cursor", res.cursor); // expect: WAC101
  return res.rows;
});
