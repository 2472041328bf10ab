// SDK: windmill-client 1.818.0 client.mjs: the body replays from the top in a new process; `Bun.randomUUIDv7()` draws a new id and `process.uptime()` reads the process clock each round, and both reach tasks.
import { task, workflow } from "windmill-client";

const open = task(async (id: string, note: string) => `${id}:${note}`);

export const main = workflow(async (title: string) => {
  const id = Bun.randomUUIDv7(); // expect: WAC102
  const warm = process.uptime() > 60; // expect: WAC102
  return await open(id, warm ? title : `${title} (cold)`);
});
