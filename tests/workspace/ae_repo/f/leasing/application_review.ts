// Rental application review: screen each applicant, rank, hold the unit for the best one.
import * as wac from "/f/platform/wac.ts";
import { newId } from "/f/platform/ids.ts";
import { passes, screenApplicant } from "/f/leasing/index.ts";

const holdUnit = wac.task(async (unitId: string, applicantId: string, holdId: string) => { // expect: WAC002
  const resp = await fetch(`https://pms.internal/units/${unitId}/hold`, {
    method: "POST",
    body: JSON.stringify({ applicant: applicantId, hold: holdId }),
  });
  return resp.ok;
});

export const main = wac.workflow(async (unitId: string, applicantIds: string[], minScore = 640) => { // expect: WAC002
  const holdId = newId("hold"); // expect: WAC102
  const results = [];
  for (const id of applicantIds) {
    results.push(await screenApplicant(id));
  }
  const eligible = results.filter((s) => passes(s, minScore)).sort((a, b) => b.score - a.score);
  if (eligible.length === 0) {
    return { unitId, held: false, reason: "no eligible applicant" };
  }
  const best = eligible[0];
  const held = await holdUnit(unitId, best.applicantId, holdId);
  return { unitId, held, applicant: best.applicantId, holdId };
});
