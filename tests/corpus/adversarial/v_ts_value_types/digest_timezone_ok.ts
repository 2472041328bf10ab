// SDK: windmill-client 1.818.0 workflow() body replays; Intl.NumberFormat with explicit locale/options and Date.UTC of given fields are pure, the timezone is an input
// Weekly digest: timezone and locale come from the workflow's inputs, formatting is pure.
import { task, workflow } from "windmill-client";

const collectHighlights = task(async (teamId: string, sinceIso: string) => {
  const r = await fetch(`https://analytics.example.com/teams/${teamId}/highlights?since=${sinceIso}`);
  return (await r.json()) as { title: string; delta: number; at: string }[];
});

const sendDigest = task(async (teamId: string, tz: string, lines: string[]) => {
  await fetch("https://mail.example.com/digest", { method: "POST", body: JSON.stringify({ teamId, tz, lines }) });
  return lines.length;
});

export const main = workflow(async (teamId: string, sinceIso: string, tz: string = "Europe/Paris") => {
  const highlights = await collectHighlights(teamId, sinceIso);
  const pct = new Intl.NumberFormat("en-US", { signDisplay: "always", maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat("en-GB", { timeZone: tz, weekday: "short", day: "2-digit", month: "short" });
  const lines = highlights.map((h) => `${day.format(new Date(h.at))} ${h.title}: ${pct.format(h.delta)}%`);
  const sent = await sendDigest(teamId, tz, lines);
  return { sent, tz };
});
