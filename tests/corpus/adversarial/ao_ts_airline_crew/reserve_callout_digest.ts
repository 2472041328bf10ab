// SDK: windmill-client 1.818.0: the body runs again after every suspension; dayjs(x).fromNow() (relativeTime plugin) and date-fns isToday(x) compare x with the current time (they read the clock), so the text and the branch can differ on a replay
import { task, workflow } from "windmill-client";
import * as wmill from "windmill-client";
import dayjs from "dayjs";
import relativeTime from "dayjs/plugin/relativeTime";
import { isToday } from "date-fns";

dayjs.extend(relativeTime);

type Callout = { crewId: string; flight: string; calledAt: string; reportAt: string };

const OPS = "https://ops.example-air.com/api";

const recentCallouts = task(async (base: string): Promise<Callout[]> => {
  const r = await fetch(`${OPS}/bases/${base}/callouts?days=2`);
  if (!r.ok) throw new Error(`callouts ${r.status}`);
  return (await r.json()) as Callout[];
});

const postDigest = task(async (base: string, lines: string[]) => {
  const hook = await wmill.getVariable("f/crew/scheduler_webhook");
  await fetch(hook, { method: "POST", body: JSON.stringify({ text: `${base} reserve callouts\n${lines.join("\n")}` }) });
  return lines.length;
});

export const main = workflow(async (base: string) => {
  const callouts = await recentCallouts(base);
  const lines: string[] = [];
  for (const c of callouts) {
    if (!isToday(new Date(c.reportAt))) continue; // expect: WAC102
    lines.push(`${c.crewId} on ${c.flight}, called ${dayjs(c.calledAt).fromNow()}`); // expect: WAC102
  }
  const posted = await postDigest(base, lines);
  return { base, posted };
});
