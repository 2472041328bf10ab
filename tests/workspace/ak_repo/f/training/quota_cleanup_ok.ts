// Reset the scratch quota of last term's training projects.
import { step, taskScript, workflow } from "windmill-client";
import { opsPath } from "/f/rcc/kit/index.ts";
import { indexObject } from "/f/rcc/kit/index_by.ts";
import { leases } from "/f/rcc/kit/lease_manager.ts";

const setQuota = taskScript(opsPath("set_quota"));

export const main = workflow(async (projects: string[], node: string) => {
  const accounts = projects.map((p) => ({ id: p, project: p }));
  const byId = await step("index", () => indexObject(accounts));
  const lease = await step("lease", () => leases.acquire(node));
  for (const a of accounts) {
    await setQuota({ project: a.project, tib: 0, tier: "scratch" });
  }
  return { lease: leases.label(lease.node), n: Object.keys(byId).length };
});
