// SDK: windmill-client 1.818.0 workflow() body replays from the top on each round, possibly on another worker; only step/task results are fixed
// Weekly digest: the schedule's local timezone is taken from the runtime.
import { task, step, workflow } from "windmill-client";

const collectHighlights = task(async (teamId: string, sinceIso: string) => {
  const r = await fetch(`https://analytics.example.com/teams/${teamId}/highlights?since=${sinceIso}`);
  return (await r.json()) as { title: string; delta: number }[];
});

const sendDigest = task(async (teamId: string, tz: string, lines: string[]) => {
  await fetch("https://mail.example.com/digest", { method: "POST", body: JSON.stringify({ teamId, tz, lines }) });
  return lines.length;
});

export const main = workflow(async (teamId: string, sinceIso: string) => {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone; // expect: WAC102
  const highlights = await collectHighlights(teamId, sinceIso);
  const fmt = new Intl.NumberFormat("en-US", { signDisplay: "always", maximumFractionDigits: 1 });
  const lines = highlights.map((h) => `${h.title}: ${fmt.format(h.delta)}%`);
  const sent = await sendDigest(teamId, tz, lines);
  return { sent, tz };
});
