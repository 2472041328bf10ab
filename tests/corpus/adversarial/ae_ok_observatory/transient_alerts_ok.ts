// SDK: windmill-client 1.818.0 step() given named function references that read the clock and randomness; Promise.all over alerts in a sorted id order; a task returning a JSON string parsed in the body; a Set used only for membership (insertion order, no dispatch depends on it)
import { step, task, workflow } from "windmill-client";

type Alert = { id: string; ra: number; dec: number; mag: number; broker: string };

const pullAlerts = task(async (broker: string, sinceIso: string): Promise<string> => {
  const res = await fetch(`https://${broker}.brokers.example/alerts?since=${encodeURIComponent(sinceIso)}`);
  return await res.text();
});

const crossMatch = task(async (a: Alert) => {
  const res = await fetch(`https://catalog.observatory.example/cone?ra=${a.ra}&dec=${a.dec}&r=2`);
  const hits = (await res.json()) as { name: string; sep: number }[];
  return { id: a.id, host: hits[0]?.name ?? null, sep: hits[0]?.sep ?? null };
});

const triggerFollowUp = task(async (ids: string[], runId: string) => {
  const res = await fetch("https://tao.observatory.example/api/too", {
    method: "POST",
    body: JSON.stringify({ ids, runId }),
  });
  return res.status;
});

function newRunId(): string {
  return crypto.randomUUID();
}

function lookbackStart(): string {
  return new Date(Date.now() - 3_600_000).toISOString();
}

export const main = workflow(async (brokers: string[], magLimit = 19.5) => {
  const runId = await step("run_id", newRunId);
  const since = await step("since", lookbackStart);
  const raw = await Promise.all([...brokers].sort().map((b) => pullAlerts(b, since)));
  const seen = new Set<string>();
  const alerts: Alert[] = [];
  for (const text of raw) {
    for (const a of JSON.parse(text) as Alert[]) {
      if (a.mag <= magLimit && !seen.has(a.id)) {
        seen.add(a.id);
        alerts.push(a);
      }
    }
  }
  alerts.sort((x, y) => x.id.localeCompare(y.id));
  const matches = await Promise.all(alerts.map((a) => crossMatch(a)));
  const hostless = matches.filter((m) => m.host === null).map((m) => m.id);
  const status = hostless.length ? await triggerFollowUp(hostless, runId) : null;
  return { runId, since, alerts: alerts.length, hostless, status };
});
