// SDK: windmill-client 1.818.0 client.mjs: step() checkpoints the environment read once, so the early return and the battery threshold are the same on every replay.
import { workflow, task, step } from "windmill-client";

type Robot = { id: string; battery: number; zone: string };

const listIdle = task(async (zone: string) => {
  const res = await fetch(`https://fleet.example-robotics.io/v1/zones/${zone}/robots?state=idle`);
  return (await res.json()) as Robot[];
});

const assignTote = task(async (robotId: string, toteId: string) => {
  const res = await fetch(`https://fleet.example-robotics.io/v1/robots/${robotId}/assign`, {
    method: "POST",
    body: JSON.stringify({ toteId }),
  });
  return res.ok;
});

export const main = workflow(async (toteId: string, zone: string) => {
  const cfg = await step("fleet_config", () => {
    const { FLEET_MIN_BATTERY = "30", FLEET_MAINTENANCE = "0" } = process.env;
    return { minBattery: Number(FLEET_MIN_BATTERY), maintenance: FLEET_MAINTENANCE === "1" };
  });
  if (cfg.maintenance) {
    return { toteId, skipped: "maintenance" };
  }

  const robots = await listIdle(zone);
  const eligible = robots.filter((r) => r.battery >= cfg.minBattery);
  if (eligible.length === 0) {
    return { toteId, assigned: null };
  }
  const ok = await assignTote(eligible[0].id, toteId);
  return { toteId, assigned: ok ? eligible[0].id : null };
});
