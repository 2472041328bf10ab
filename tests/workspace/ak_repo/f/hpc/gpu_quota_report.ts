// Compare each project's GPU allocation in ColdFront with its storage quota and fix the quota.
import { step, taskScript, workflow } from "windmill-client";
import coldfront from "/f/rcc/kit/coldfront.ts";
import { STEP_PREFIX, Scripts } from "/f/rcc/kit/index.ts";

const setQuota = taskScript(Scripts.SetQuota);

export const main = workflow(async (projects: string[]) => {
  const fixed: string[] = [];
  for (const project of projects) {
    const allocs = await coldfront.allocations(project); // expect: WAC101
    const storage = allocs.find((a) => a.resource === "turbo");
    if (storage) {
      await setQuota({ project, tib: String(storage.quota_tib), tier: "turbo" }); // expect: WAC402
      fixed.push(project);
    }
  }
  await step(`${STEP_PREFIX}-report`, () => ({ fixed })); // expect: WAC103
  return { fixed, links: fixed.map((p) => coldfront.portalLink(p)) };
});
