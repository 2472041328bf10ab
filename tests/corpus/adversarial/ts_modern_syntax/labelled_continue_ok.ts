// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; tasks called in labelled loops with `continue outer` are keyed in call order, and the branch depends only on checkpointed results.
import { task, workflow } from "windmill-client";

const probe = task(async (host: string) => ({ host, healthy: !host.includes("old") }));
const drain = task(async (region: string) => ({ region, drained: true }));

export const main = workflow(async (fleet: { region: string; hosts: string[] }[]) => {
  const drained = [];
  outer: for (const { region, hosts } of fleet) {
    for (const host of hosts) {
      const r = await probe(host);
      if (r.healthy) continue outer;
    }
    drained.push(await drain(region));
  }
  return drained;
});
