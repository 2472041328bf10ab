// SDK: windmill-client 1.818.0 task(): Promise.all (inside f/kit/race.ts allDone) waits for both children, so the same branch is taken on every replay.
import { task, workflow } from "windmill-client";
import { allDone } from "/f/kit/race.ts";
import { probeApi, probeSmtp } from "/f/kit/index.ts";

const markReachable = task(async function markReachable(host: string, via: string) {
  await fetch(`https://crm.internal/domains/${host}`, { method: "PATCH", body: JSON.stringify({ via }) });
  return via;
});

export const main = workflow(async (hosts: string[]) => {
  const marked: string[] = [];
  for (const host of hosts) {
    const [smtp, api] = await allDone([probeSmtp(host), probeApi(host)]);
    const first = smtp.ok ? smtp : api;
    if (first.ok) {
      marked.push(await markReachable(host, first.via));
    }
  }
  return { marked };
});
