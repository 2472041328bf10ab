// SDK: windmill-client 1.818.0: the body runs again on every replay, possibly on another worker; Date#getDay() and toLocaleDateString() without a timeZone convert a parsed date through the worker's local zone (TZ), so a branch and a task argument built from them read the environment
import { step, task, workflow } from "windmill-client";
import * as wmill from "windmill-client";

type BidPeriod = { month: string; opensAt: string; closesAt: string; bases: string[] };

const BIDS = "https://bids.example-air.com/api";

const openBidding = task(async (month: string, base: string, closesLabel: string) => {
  const r = await fetch(`${BIDS}/${month}/${base}/open`, { method: "POST", body: JSON.stringify({ closesLabel }) });
  if (!r.ok) throw new Error(`open ${r.status}`);
  return base;
});

const announce = task(async (text: string) => {
  const hook = await wmill.getVariable("f/crew/crew_app_push");
  await fetch(hook, { method: "POST", body: JSON.stringify({ audience: "all-crew", text }) });
});

export const main = workflow(async (period: BidPeriod) => {
  const opens = new Date(period.opensAt);
  if (opens.getDay() === 0) { // expect: WAC102
    return { month: period.month, opened: [], reason: "bids never open on a Sunday" };
  }
  const closesLabel = new Date(period.closesAt).toLocaleDateString(); // expect: WAC102
  const opened: string[] = [];
  for (const base of [...period.bases].sort()) {
    opened.push(await openBidding(period.month, base, closesLabel));
  }
  await announce(`Bidding for ${period.month} is open until ${closesLabel}.`);
  const at = await step("opened_at", () => new Date().toISOString());
  return { month: period.month, opened, at };
});
