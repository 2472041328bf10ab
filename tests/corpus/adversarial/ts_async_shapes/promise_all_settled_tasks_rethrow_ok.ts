// SDK: windmill-client 1.818.0 client.mjs task(): Promise.all over tasks built with a map; each key is fixed by its position.
import { task, workflow } from "windmill-client";

const ping = task(async (host: string) => ({ host, up: true }));

export const main = workflow(async (hosts: string[]) => {
  const sorted = [...hosts].sort();
  const results = await Promise.all(sorted.map((h) => ping(h)));
  return results.filter((r) => !r.up).map((r) => r.host);
});
