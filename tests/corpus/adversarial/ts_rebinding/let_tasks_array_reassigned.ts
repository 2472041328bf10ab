// SDK: windmill-client 1.818.0 client.mjs task(): a promise dropped before it is awaited leaves a child job the body never waits for.
import { task, workflow } from "windmill-client";

const ping = task(async (host: string) => ({ host, up: true }));

export const main = workflow(async (hosts: string[]) => {
  let pending = hosts.map((h) => ping(h)); // expect: WAC106
  pending = [ping("gateway")];
  return await Promise.all(pending);
});
