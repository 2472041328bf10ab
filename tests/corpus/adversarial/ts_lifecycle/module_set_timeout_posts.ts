// SDK: windmill-client 1.818.0 client.mjs: every round is a new process that loads the module; the timer set at load fires in each round and posts a "started" ping again.
import { task, workflow } from "windmill-client";

const PING = "https://hc.example.com/ping/7f3c/start";

setTimeout(() => void fetch(PING, { method: "POST" }), 0); // expect: WAC101

const backup = task(async (db: string) => ({ db, ok: true }));

export const main = workflow(async (db: string) => {
  return await backup(db);
});
