// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; opening a TCP connection and writing to it is network I/O done again each round.
import net from "node:net";
import { task, workflow } from "windmill-client";

const record = task(async (host: string) => ({ host, notified: true }));

export const main = workflow(async (host: string, port: number) => {
  net.createConnection({ host, port }).end("deploy-started\n"); // expect: WAC101
  return await record(host);
});
