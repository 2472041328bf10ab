// Compare each project's GPU allocation in ColdFront with its storage quota and fix the quota.
import { step, task, taskScript, workflow } from "windmill-client";
import coldfront from "/f/rcc/kit/coldfront.ts";
import { Scripts } from "/f/rcc/kit/index.ts";

const setQuota = taskScript(Scripts.SetQuota);
const allocationsOf = task(async (project: string) => coldfront.allocations(project));

export const main = workflow(async (projects: string[]) => {
  const fixed: string[] = [];
  for (const project of projects) {
    const allocs = await allocationsOf(project);
    const storage = allocs.find((a: { resource: string }) => a.resource === "turbo");
    if (storage) {
      await setQuota({ project, tib: storage.quota_tib, tier: "turbo" });
      fixed.push(project);
    }
  }
  await step("acct-report", () => ({ fixed }));
  return { fixed, links: fixed.map((p) => coldfront.portalLink(p)) };
});
