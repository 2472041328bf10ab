// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a node:net connection opened in the body writes to the remote service again on every replay.
import { createConnection } from "node:net";
import { task, workflow } from "windmill-client";

const prepare = task(async (key: string) => `SET ${key} 1\r\n`);

export const main = workflow(async (key: string) => {
  const command = await prepare(key);
  createConnection({ host: "cache.internal", port: 6379 }).end(command); // expect: WAC101
  return { sent: command.length };
});
