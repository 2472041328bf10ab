// SDK: windmill-client 1.818.0 client.mjs: each task runs in a child job that replays the body up to its key (`_executingKey`) and runs only that task's fn, so a module-level counter the task bumps never reaches the parent round that reads it
import { task, step, workflow } from "windmill-client";
import pMap from "p-map";

type Verification = { fillId: string; pharmacistId: string; ok: boolean };

let verifiedCount = 0;
const flagged: string[] = [];

const verifyFill = task(async (fillId: string, pharmacistId: string): Promise<Verification> => {
  const r = await fetch(`https://api.rxhub.example/v2/fills/${fillId}/verify`, {
    method: "POST",
    body: JSON.stringify({ pharmacistId }),
  });
  const ok = r.ok;
  verifiedCount += 1; // expect: WAC104
  return { fillId, pharmacistId, ok };
});

const notifyLead = task(async (storeId: string, text: string) => {
  await fetch("https://hooks.slack.example/services/T00/B00/rx-leads", {
    method: "POST",
    body: JSON.stringify({ text: `[${storeId}] ${text}` }),
  });
});

function pickPharmacist(roster: string[], index: number): string {
  return roster[index % roster.length];
}

export const main = workflow(async (storeId: string, fillIds: string[], roster: string[]) => {
  if (roster.length === 0) throw new Error("no pharmacist on the roster");
  const results = await pMap(
    fillIds,
    (id, i) => verifyFill(id, pickPharmacist(roster, i)),
    { concurrency: 5 },
  );
  for (const v of results) if (!v.ok) flagged.push(v.fillId);
  if (flagged.length > 0) {
    await notifyLead(storeId, `${flagged.length} fills failed verification: ${flagged.join(", ")}`);
  }
  const report = await step("report", () => ({ verified: verifiedCount, flagged: flagged.length }));
  return report;
});
