// SDK: windmill-client 1.818.0 a plain Bun script run on a schedule: getResource of a Slack webhook, process.env.WM_WORKSPACE and new Date() are ordinary in a script that is not a workflow; getState / setState debounce the alert
import * as wmill from "windmill-client";

type Webhook = { url: string };
type Occupancy = { area: string; used: number; total: number };

const THRESHOLD = 0.9;
const QUIET_MS = 6 * 3_600_000;

export async function main(slack_path: string = "f/shelter/slack_ops") {
  const res = await fetch("https://ops.shelter.example/occupancy");
  const areas = (await res.json()) as Occupancy[];
  const full = areas.filter((a) => a.total > 0 && a.used / a.total >= THRESHOLD);
  if (full.length === 0) return { alerted: false };
  const state = ((await wmill.getState()) as { lastAlert?: number } | null) ?? {};
  const now = Date.now();
  if (state.lastAlert && now - state.lastAlert < QUIET_MS) return { alerted: false, reason: "quiet period" };
  const hook = (await wmill.getResource(slack_path)) as Webhook;
  const lines = full.map((a) => `• ${a.area}: ${a.used}/${a.total} (${Math.round((100 * a.used) / a.total)}%)`);
  await fetch(hook.url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text: `:warning: Near capacity (${process.env.WM_WORKSPACE}) at ${new Date(now).toISOString()}\n${lines.join("\n")}` }),
  });
  await wmill.setState({ lastAlert: now });
  return { alerted: true, areas: full.map((a) => a.area) };
}
