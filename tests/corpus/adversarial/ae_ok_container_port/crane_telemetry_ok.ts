// SDK: windmill-client 1.818.0 Promise.allSettled and try/catch inside a task body (a task is one job, never replayed); the body only awaits tasks; results with `at` strings turned into Dates with new Date(r.at) for sorting
import { task, workflow } from "windmill-client";

type Sample = { crane: string; at: string; spreaderLoadT: number; windMs: number; fault?: string };

const pollCranes = task(async (cranes: string[]): Promise<{ ok: Sample[]; unreachable: string[] }> => {
  const settled = await Promise.allSettled(
    cranes.map(async (c) => {
      const res = await fetch(`http://${c}.cranes.internal/telemetry`, { signal: AbortSignal.timeout(5000) });
      if (!res.ok) throw new Error(`${c}: ${res.status}`);
      return (await res.json()) as Sample;
    }),
  );
  const ok: Sample[] = [];
  const unreachable: string[] = [];
  settled.forEach((s, i) => (s.status === "fulfilled" ? ok.push(s.value) : unreachable.push(cranes[i])));
  return { ok, unreachable };
});

const raiseFault = task(async (sample: Sample) => {
  try {
    const res = await fetch("https://maint.port.example/faults", { method: "POST", body: JSON.stringify(sample) });
    return { crane: sample.crane, ticket: (await res.json()).id as string };
  } catch (e) {
    return { crane: sample.crane, ticket: null, error: String(e) };
  }
});

const stopCrane = task(async (crane: string, reason: string) => {
  const res = await fetch(`http://${crane}.cranes.internal/interlock`, { method: "POST", body: reason });
  return res.ok;
});

export const main = workflow(async (cranes: string[], windLimitMs = 20) => {
  const { ok, unreachable } = await pollCranes([...cranes].sort());
  const ordered = ok.map((s) => ({ ...s, when: new Date(s.at) })).sort((a, b) => a.when.getTime() - b.when.getTime() || a.crane.localeCompare(b.crane));
  const stopped: string[] = [];
  const tickets: { crane: string; ticket: string | null }[] = [];
  for (const s of ordered) {
    if (s.windMs > windLimitMs && (await stopCrane(s.crane, `wind ${s.windMs} m/s`))) stopped.push(s.crane);
    if (s.fault) tickets.push(await raiseFault({ crane: s.crane, at: s.at, spreaderLoadT: s.spreaderLoadT, windMs: s.windMs, fault: s.fault }));
  }
  return { stopped, tickets, unreachable };
});
