// Reset the scratch quota of last term's training projects.
import { step, taskScript, workflow } from "windmill-client";
import { opsPath } from "/f/rcc/kit/index.ts";
import { indexBy } from "/f/rcc/kit/index_by.ts";
import { leases } from "/f/rcc/kit/lease_manager.ts";

const setQuota = taskScript(opsPath("set_quota"));

export const main = workflow(async (projects: string[], node: string) => {
  const accounts = projects.map((p) => ({ id: p, project: p }));
  const byId = await step("index", () => indexBy(accounts)); // expect: WAC107
  const lease = await leases.acquire(node); // expect: WAC101
  for (const a of accounts) {
    await setQuota({ project: a.project, tib: 0, tier: 3 }); // expect: WAC402
  }
  return { lease: leases.label(lease.node), n: byId.size };
});
