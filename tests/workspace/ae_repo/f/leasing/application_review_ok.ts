// Rental application review (reviewed): SDK names imported by name from the barrel.
import { ids, step, task, workflow } from "/f/platform/index.ts";
import { passes, screenApplicant } from "/f/leasing/index.ts";

const holdUnit = task(async (unitId: string, applicantId: string, holdId: string) => {
  const resp = await fetch(`https://pms.internal/units/${unitId}/hold`, {
    method: "POST",
    body: JSON.stringify({ applicant: applicantId, hold: holdId }),
  });
  return resp.ok;
});

export const main = workflow(async (unitId: string, applicantIds: string[], minScore = 640) => {
  const holdId = await step("hold_id", () => ids.newId("hold"));
  const results = [];
  for (const id of applicantIds) {
    results.push(await screenApplicant(id));
  }
  const eligible = results.filter((s) => passes(s, minScore)).sort((a, b) => b.score - a.score);
  if (eligible.length === 0) {
    return { unitId, held: false, reason: "no eligible applicant", stableRef: ids.stableId("u", unitId) };
  }
  const best = eligible[0];
  const held = await holdUnit(unitId, best.applicantId, holdId);
  return { unitId, held, applicant: best.applicantId, holdId };
});
