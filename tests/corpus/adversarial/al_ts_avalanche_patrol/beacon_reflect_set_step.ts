// SDK: windmill-client 1.818.0 index.js `_runInlineStep`: on replay the callback is not run and only its return value comes back; `Reflect.set` on the body's `state` happens only in the round that ran the step, so later rounds see `lastBeacon` unset and re-page the team
// Team code: transceiver checks for a patrol team, written against a state bag.
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
  await step("beacon_check", async () => {
    const r = await fetch(`https://beacons.snowwatch.example/api/teams/${teamId}/last`);
    const { beaconId } = (await r.json()) as { beaconId: string };
    Reflect.set(state, "lastBeacon", beaconId); // expect: WAC104
  });
  if (!state.lastBeacon || !beaconIds.includes(state.lastBeacon)) {
    await pageTeam(teamId, "beacon missing from roster");
    state.pages += 1;
  }
  return state;
});
