// SDK: windmill-client 1.818.0 client.mjs parallel(): fn is a task that reads the variable in its own child job.
import * as wmill from "windmill-client";
import { parallel, task, workflow } from "windmill-client";

const readSecret = task(async (path: string) => await wmill.getVariable(path));
const connect = task(async (secrets: string[]) => secrets.length);

export const main = workflow(async (paths: string[]) => {
  const secrets = await parallel(paths, readSecret, { concurrency: 3 });
  return await connect(secrets);
});
