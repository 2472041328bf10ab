// SDK: windmill-client 1.818.0: task results cross as JSON, so the Map is turned into an object with Object.fromEntries before it leaves the task; a parsed input date (new Date(iso), Date.UTC) reads no clock; parallel(items, fn, { concurrency }) keeps item order
import { parallel, step, task, workflow } from "windmill-client";

type Duty = { crewId: string; start: string; end: string; sectors: number; acclimatised: boolean };
type RestReport = { crewId: string; dutyHours: number; minRest: number; flags: string[] };

const FTL_BASE = "https://ops.example-air.com/ftl";
const MAX_FDP_HOURS: Record<number, number> = { 1: 13, 2: 13, 3: 12.5, 4: 12, 5: 11.5, 6: 11 };

class DutyMath {
  static hours(d: Duty): number {
    return (new Date(d.end).getTime() - new Date(d.start).getTime()) / 3_600_000;
  }

  static maxFdp(sectors: number): number {
    return MAX_FDP_HOURS[Math.min(Math.max(sectors, 1), 6)];
  }

  static restBefore(prev: Duty | undefined, next: Duty): number {
    if (!prev) return Infinity;
    return (new Date(next.start).getTime() - new Date(prev.end).getTime()) / 3_600_000;
  }

  static weekWindow(weekStartIso: string): [number, number] {
    const [y, m, d] = weekStartIso.split("-").map(Number);
    const start = Date.UTC(y, m - 1, d);
    return [start, start + 7 * 24 * 3_600_000];
  }
}

const dutiesFor = task(async (crewId: string, weekStart: string): Promise<Duty[]> => {
  const r = await fetch(`${FTL_BASE}/crew/${crewId}/duties?week=${weekStart}`);
  if (!r.ok) throw new Error(`duties ${crewId}: ${r.status}`);
  const duties = (await r.json()) as Duty[];
  return duties.sort((a, b) => a.start.localeCompare(b.start));
});

const assess = task(async (crewId: string, duties: Duty[]): Promise<RestReport> => {
  const flags = new Map<string, number>();
  let minRest = Infinity;
  let total = 0;
  duties.forEach((d, i) => {
    const h = DutyMath.hours(d);
    total += h;
    if (h > DutyMath.maxFdp(d.sectors)) flags.set(`fdp:${d.start}`, h);
    const rest = DutyMath.restBefore(duties[i - 1], d);
    minRest = Math.min(minRest, rest);
    if (rest < 10) flags.set(`rest:${d.start}`, rest);
  });
  const detail = Object.fromEntries(flags);
  await fetch(`${FTL_BASE}/assessments`, { method: "POST", body: JSON.stringify({ crewId, detail }) });
  return { crewId, dutyHours: Math.round(total * 10) / 10, minRest: Number.isFinite(minRest) ? minRest : -1, flags: [...flags.keys()] };
});

const notifyCrewControl = task(async (weekStart: string, reports: RestReport[]) => {
  const lines = reports.map((r) => `${r.crewId}: ${r.flags.join(", ")}`);
  await fetch("https://chat.example-air.com/hooks/crew-control", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text: `FTL exceedances week of ${weekStart}\n${lines.join("\n")}` }),
  });
});

export const main = workflow(async (weekStart: string, crewIds: string[], maxWeeklyHours = 60) => {
  const [from, to] = DutyMath.weekWindow(weekStart);
  const unique = [...new Set(crewIds.map((c) => c.trim().toUpperCase()))];

  const reports = await parallel(
    unique,
    async (crewId) => {
      const duties = await dutiesFor(crewId, weekStart);
      const inWeek = duties.filter((d) => {
        const t = new Date(d.start).getTime();
        return t >= from && t < to;
      });
      return assess(crewId, inWeek);
    },
    { concurrency: 6 },
  );

  const byCrew: Record<string, RestReport> = {};
  for (const r of reports) byCrew[r.crewId] = r;
  const overHours = Object.entries(byCrew)
    .filter(([, r]) => r.dutyHours > maxWeeklyHours)
    .map(([id]) => id);

  const flagged = reports.filter((r) => r.flags.length > 0 || overHours.includes(r.crewId));
  if (flagged.length > 0) {
    await notifyCrewControl(weekStart, flagged);
  }
  const checkedAt = await step("checked_at", () => new Date().toISOString());
  return { weekStart, checked: unique.length, flagged: flagged.map((f) => f.crewId), overHours, checkedAt };
});
