// MISTAKE: step names built at run time. Step names must be stable, literal
// strings; Windmill's parser cannot name these steps either.
import { task, workflow, step } from "windmill-client";

const snapshotRegion = task(async (region: string, takenAt: string) => {
  const res = await fetch(`https://infra.example/api/regions/${region}/snapshot`, { method: "POST", body: JSON.stringify({ taken_at: takenAt }) });
  return await res.json();
});

export const main = workflow(async (tenant: string, regions: string[]) => {
  const snapshots = [];
  for (const region of regions) {
    const takenAt = await step(`taken_at_${region}`, () => new Date().toISOString()); // expect: WAC103
    const snap = await snapshotRegion(region, takenAt);
    snapshots.push(snap);
  }
  const token = await step("token_" + tenant, async () => { // expect: WAC103
    const res = await fetch("https://auth.example/token", { method: "POST", body: JSON.stringify({ tenant }) });
    return (await res.json()).token as string;
  });
  return { snapshots, tokenPrefix: token.slice(0, 4) };
});
