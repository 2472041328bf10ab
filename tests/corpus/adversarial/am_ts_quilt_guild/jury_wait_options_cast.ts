// SDK: windmill-client 1.818.0 client.d.ts `waitForApproval(options?: { timeout, form, selfApproval, key, skin, description })` and index.js `_waitForApproval`, which reads only those: `approvers` is dropped without a word, so anyone with access can approve
import { task, waitForApproval, workflow } from "windmill-client";

type WaitOptions = Parameters<typeof waitForApproval>[0];

const JURY_WAIT = {
  timeout: 3 * 86400,
  approvers: ["chair@quiltguild.example", "judge.ni@quiltguild.example"], // expect: WAC302
  description: "Confirm the best-in-show ribbon",
} as WaitOptions;

const awardRibbon = task(async function awardRibbon(entryId: string, ribbon: string) {
  await fetch(`https://entries.quiltguild.example/api/entries/${entryId}/ribbons`, {
    method: "POST",
    body: JSON.stringify({ ribbon }),
  });
  return ribbon;
});

export const main = workflow(async (entryId: string) => {
  const decision = await waitForApproval(JURY_WAIT);
  if (!decision.approved) return { entryId, ribbon: null };
  return { entryId, ribbon: await awardRibbon(entryId, "best_in_show") };
});
