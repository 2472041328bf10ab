// SDK: windmill-client 1.818.0 client.mjs setVariable(): an API write started next to a task in Promise.all still runs in the body on every replay.
import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

const sync = task(async (since: string) => ({ cursor: `${since}+1` }));

export const main = workflow(async (since: string) => {
  const [r] = await Promise.all([
    sync(since),
    wmill.setVariable("f/etl/last_started", since), // expect: WAC101
  ]);
  return r;
});
