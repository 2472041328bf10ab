// SDK: windmill-client 1.818.0 client.mjs sleep(): `_sleep` allocates key `sleep` and suspends with the seconds it is given on the first round only; ported from Cloudflare Workflows' step.sleepUntil, the delay here is computed from Date.now() in the body, so the value differs on every replay
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

const notifyPilot = task(async (pilotEmail: string, text: string) => {
  await fetch("https://notify.skyline-survey.example/v1/email", {
    method: "POST",
    body: JSON.stringify({ to: pilotEmail, subject: "Flight window", text }),
  });
});

// port of `await step.sleepUntil("wait-window", new Date(win.opensAt))`
function secondsUntil(iso: string): number {
  return Math.max(1, Math.ceil((Date.parse(iso) - Date.now()) / 1000));
}

export const main = workflow(async (siteId: string, droneId: string, missionId: string, pilotEmail: string, dayIso: string) => {
  const win = await fetchAirspaceWindow(siteId, dayIso);
  await notifyPilot(pilotEmail, `Window ${win.opensAt} - ${win.closesAt} (${win.reason})`);
  await sleep(secondsUntil(win.opensAt)); // expect: WAC102
  const flight = await launchMission(droneId, missionId);
  const landedBy = await step("landed_by", () => new Date(Date.parse(win.closesAt) - 5 * 60_000).toISOString());
  return { ...flight, landedBy };
});
