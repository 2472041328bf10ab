// SDK: windmill-client 1.818.0 client.mjs _nextStep (thenables awaited together through Promise.all), task()
import { task, workflow } from "windmill-client";

type Sub = { id: string; region: "eu" | "us" | "ap"; url: string };

const listSubs = task(async (eventType: string): Promise<Sub[]> => {
  const res = await fetch(`https://hooks.internal/subscriptions?event=${eventType}`);
  return (await res.json()) as Sub[];
});

const deliverRegion = task(async (region: string, subs: Sub[], body: string) => {
  const res = await fetch(`https://relay-${region}.hooks.internal/batch`, {
    method: "POST",
    body: JSON.stringify({ targets: subs.map((s) => s.url), body }),
  });
  return { region, accepted: res.ok ? subs.length : 0 };
});

export const main = workflow(async (eventType: string, body: string) => {
  const subs = await listSubs(eventType);
  const byRegion = Object.groupBy(subs, (s) => s.region);
  const regions = Object.keys(byRegion).sort();

  const pending: ReturnType<typeof deliverRegion>[] = [];
  regions.forEach((region) => {
    pending.push(deliverRegion(region, byRegion[region as Sub["region"]] ?? [], body));
  });
  const results = await Promise.all(pending);
  return { eventType, accepted: results.reduce((n, r) => n + r.accepted, 0) };
});
