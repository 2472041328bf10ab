// SDK: windmill-client 1.818.0 task(): each call takes the next step key in call order; Promise.race (inside f/kit/race.ts firstDone) reads task calls in the order listed when the body replays, so the first probe always wins, never the faster one.
import { task, workflow } from "windmill-client";
import { firstDone } from "/f/kit/race.ts";
import { probeApi, probeSmtp } from "/f/kit/index.ts";

const markReachable = task(async function markReachable(host: string, via: string) {
  await fetch(`https://crm.internal/domains/${host}`, { method: "PATCH", body: JSON.stringify({ via }) });
  return via;
});

export const main = workflow(async (hosts: string[]) => {
  const marked: string[] = [];
  for (const host of hosts) {
    const first = await firstDone([probeSmtp(host), probeApi(host)]); // expect: WAC105
    if (first.ok) {
      marked.push(await markReachable(host, first.via));
    }
  }
  return { marked };
});
