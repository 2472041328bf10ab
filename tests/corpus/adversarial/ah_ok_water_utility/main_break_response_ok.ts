// SDK: windmill-client 1.818.0 workflow with taskScript / taskFlow (client.d.ts 678, 686) given one args object; a class of static pure helpers and an instance built in the body from task results; node:crypto createHash of the inputs as an idempotency key (deterministic)
import { createHash } from "node:crypto";
import { task, taskFlow, taskScript, workflow } from "windmill-client";

type Valve = { id: string; distanceM: number; turns: number; exercisedAt: string | null };

const isolate = taskFlow("f/water/isolate_segment", { timeout: 3600 });
const notifyCritical = taskScript("f/water/notify_critical_customers");

const nearbyValves = task(async (lat: number, lon: number): Promise<Valve[]> => {
  const res = await fetch(`https://gis.water.example/valves?lat=${lat}&lon=${lon}&radius=400`);
  return (await res.json()) as Valve[];
});

class ValvePlan {
  constructor(private readonly valves: Valve[]) {}

  static turnsToClose(v: Valve): number {
    return v.exercisedAt ? v.turns : Math.ceil(v.turns * 1.5);
  }

  closest(n: number): Valve[] {
    return [...this.valves].sort((a, b) => a.distanceM - b.distanceM).slice(0, n);
  }

  crewMinutes(n: number): number {
    return this.closest(n).reduce((m, v) => m + ValvePlan.turnsToClose(v) / 8, 0);
  }
}

function incidentKey(lat: number, lon: number, reportedAt: string): string {
  return createHash("sha256").update(`${lat.toFixed(5)},${lon.toFixed(5)}@${reportedAt}`).digest("hex").slice(0, 20);
}

export const main = workflow(async (lat: number, lon: number, reportedAt: string, valvesToClose: number = 4) => {
  const key = incidentKey(lat, lon, reportedAt);
  const plan = new ValvePlan(await nearbyValves(lat, lon));
  const chosen = plan.closest(valvesToClose);
  if (chosen.length === 0) return { key, isolated: false, reason: "no valves within 400 m" };
  const isolation = await isolate({ incident: key, valves: chosen.map((v) => v.id) });
  const notified = await notifyCritical({ incident: key, segment: isolation.segment });
  return {
    key,
    isolated: true,
    segment: isolation.segment,
    crewMinutes: Math.round(plan.crewMinutes(valvesToClose)),
    notified: notified.count,
  };
});
