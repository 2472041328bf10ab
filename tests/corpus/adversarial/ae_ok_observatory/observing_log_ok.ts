// SDK: windmill-client 1.818.0 a class with a method named now() that formats a timestamp it was given; Intl.DateTimeFormat with an explicit timeZone over a Date built from a step's ISO string; a Map built from task results and read by sorted keys
import { step, task, workflow } from "windmill-client";

type Entry = { observer: string; target: string; startedAt: string; seeing: number; notes: string };

class NightClock {
  constructor(private readonly iso: string) {}
  now(): Date {
    return new Date(this.iso);
  }
  label(zone: string): string {
    return new Intl.DateTimeFormat("en-GB", { timeZone: zone, dateStyle: "medium", timeStyle: "short" }).format(this.now());
  }
}

const loadEntries = task(async (telescope: string, night: string): Promise<Entry[]> => {
  const res = await fetch(`https://logs.observatory.example/${telescope}/${night}`);
  return await res.json();
});

const postLog = task(async (telescope: string, markdown: string) => {
  const res = await fetch(`https://wiki.observatory.example/api/pages/${telescope}-night-log`, {
    method: "PUT",
    body: markdown,
  });
  return res.ok;
});

export const main = workflow(async (telescopes: string[], night: string, zone = "America/Santiago") => {
  const closedAt = await step("closed_at", () => new Date().toISOString());
  const clock = new NightClock(closedAt);
  const entries = await Promise.all(telescopes.map((t) => loadEntries(t, night)));
  const byTelescope = new Map(telescopes.map((t, i) => [t, entries[i]] as const));
  const posted: Record<string, boolean> = {};
  for (const t of [...byTelescope.keys()].sort()) {
    const rows = (byTelescope.get(t) ?? []).slice().sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    const seeing = rows.length ? rows.reduce((s, r) => s + r.seeing, 0) / rows.length : NaN;
    const md = [
      `# ${t} — ${night}`,
      `Closed ${clock.label(zone)}; mean seeing ${Number.isNaN(seeing) ? "n/a" : seeing.toFixed(2)}"`,
      ...rows.map((r) => `- ${r.startedAt.slice(11, 16)} ${r.observer}: ${r.target} — ${r.notes}`),
    ].join("\n");
    posted[t] = await postLog(t, md);
  }
  return { night, closedAt, posted };
});
