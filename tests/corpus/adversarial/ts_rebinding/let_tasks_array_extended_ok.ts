// SDK: windmill-client 1.818.0 client.mjs task(): every promise ends up in the array that Promise.all awaits.
import { task, workflow } from "windmill-client";

const ping = task(async (host: string) => ({ host, up: true }));

export const main = workflow(async (hosts: string[]) => {
  let pending = hosts.map((h) => ping(h));
  pending = [...pending, ping("gateway")];
  return await Promise.all(pending);
});
