// SDK: windmill-client 1.818.0 client.mjs sleep() is the durable wait; node:timers/promises setTimeout in the body is a plain in-process wait.
import { setTimeout as delay } from "node:timers/promises";
import { task, workflow } from "windmill-client";

const rotateLogs = task(async (host: string) => ({ host, rotated: true }));

export const main = workflow(async (hosts: string[]) => {
  const done = [];
  for (const host of hosts) {
    done.push(await rotateLogs(host));
    await delay(5_000); // expect: WAC101
  }
  return done;
});
