// SDK: windmill-client 1.818.0 index.js `_runInlineStep` returns the checkpointed value on replay; the beacon id is the step's return value and the body writes it into its own state
// Team code: transceiver checks, the state filled from the step's result.
import { step, task, workflow } from "windmill-client";

type PatrolState = { lastBeacon?: string; pages: number };

const pageTeam = task(async function pageTeam(teamId: string, reason: string) {
  await fetch(`https://dispatch.snowwatch.example/api/teams/${teamId}/page`, {
    method: "POST",
    body: JSON.stringify({ reason }),
  });
  return reason;
});

export const main = workflow(async (teamId: string, beaconIds: string[]) => {
  const state: PatrolState = { pages: 0 };
  const beaconId = await step("beacon_check", async () => {
    const r = await fetch(`https://beacons.snowwatch.example/api/teams/${teamId}/last`);
    return ((await r.json()) as { beaconId: string }).beaconId;
  });
  Reflect.set(state, "lastBeacon", beaconId);
  if (!state.lastBeacon || !beaconIds.includes(state.lastBeacon)) {
    await pageTeam(teamId, "beacon missing from roster");
    state.pages += 1;
  }
  return state;
});
