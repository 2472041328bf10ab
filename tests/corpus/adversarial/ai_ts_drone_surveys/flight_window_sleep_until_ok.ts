// SDK: windmill-client 1.818.0 client.mjs: step("wait_seconds", fn) runs fn once and replays its JSON; the sleep then gets the same number of seconds on every replay
import { task, sleep, step, workflow } from "windmill-client";

type Window = { opensAt: string; closesAt: string; reason: string };

const fetchAirspaceWindow = task(async (siteId: string, dayIso: string): Promise<Window> => {
  const r = await fetch(`https://utm.airmap-proxy.example/v1/windows?site=${siteId}&day=${dayIso}`);
  if (!r.ok) throw new Error(`utm ${r.status}`);
  return (await r.json()) as Window;
});

const launchMission = task(async (droneId: string, missionId: string) => {
  const r = await fetch(`https://fleet.skyline-survey.example/v1/drones/${droneId}/launch`, {
    method: "POST",
    body: JSON.stringify({ missionId }),
  });
  return (await r.json()) as { flightId: string };
});

function secondsBetween(fromMs: number, iso: string): number {
  return Math.max(1, Math.ceil((Date.parse(iso) - fromMs) / 1000));
}

export const main = workflow(async (siteId: string, droneId: string, missionId: string, dayIso: string) => {
  const win = await fetchAirspaceWindow(siteId, dayIso);
  const waitSeconds = await step("wait_seconds", () => secondsBetween(Date.now(), win.opensAt));
  await sleep(waitSeconds);
  const flight = await launchMission(droneId, missionId);
  return { ...flight, window: win };
});
