// SDK: windmill-client 1.818.0 client.mjs: every round is a new process that loads the module; Bun.spawn at load starts the sidecar process again in each round, even though its handle is kept in a name.
import { task, workflow } from "windmill-client";

const sidecar = Bun.spawn(["redis-server", "--port", "6390"]); // expect: WAC101

const cacheWarm = task(async (key: string) => ({ key, pid: sidecar.pid }));

export const main = workflow(async (key: string) => {
  return await cacheWarm(key);
});
