// SDK: windmill-client 1.818.0 client.mjs parallel(): calls fn(item) in the body; given getVariable itself, each item is an API read on every replay.
import * as wmill from "windmill-client";
import { parallel, task, workflow } from "windmill-client";

const connect = task(async (secrets: string[]) => secrets.length);

export const main = workflow(async (paths: string[]) => {
  const secrets = await parallel(paths, wmill.getVariable, { concurrency: 3 }); // expect: WAC101
  return await connect(secrets);
});
