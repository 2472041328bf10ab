// SDK: windmill-client 1.818.0 client.mjs: the body reruns on every replay (possibly on another worker); an early return or branch decided by the environment can skip or change durable calls between replays.
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
  if (Bun.env.FLEET_MAINTENANCE === "1") { // expect: WAC102
    return { toteId, skipped: "maintenance" };
  }

  const { FLEET_MIN_BATTERY = "30" } = process.env; // expect: WAC102
  const robots = await listIdle(zone);
  const eligible = robots.filter((r) => r.battery >= Number(FLEET_MIN_BATTERY));

  if (eligible.length === 0) {
    return await step("no_robot", () => ({ toteId, assigned: null }));
  }
  const ok = await assignTote(eligible[0].id, toteId);
  return { toteId, assigned: ok ? eligible[0].id : null };
});
