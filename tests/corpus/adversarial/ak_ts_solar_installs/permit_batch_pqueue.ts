// SDK: windmill-client 1.818.0 index.js `task` wrapper returns `ctx._nextStep(...)`; p-queue awaits each job's thenable inside `add`, but the promise `add` returns is the only place its result (or the suspension it rejects with) arrives, and here it is dropped: the submissions' results never reach the body
// Agent-written: permits are submitted to the county portal two at a time with p-queue, then the body waits for the queue to drain.
import PQueue from "p-queue";
import { task, workflow } from "windmill-client";

type Site = { siteId: string; county: string; kw: number };

const submitPermit = task(async function submitPermit(site: Site): Promise<{ permitId: string }> {
  const r = await fetch(`https://permits.${site.county}.example/api/solar`, {
    method: "POST",
    body: JSON.stringify({ site: site.siteId, kw: site.kw }),
  });
  return (await r.json()) as { permitId: string };
});

const notifyInstaller = task(async function notifyInstaller(count: number): Promise<void> {
  await fetch("https://ops.sunroof.example/api/notify", { method: "POST", body: JSON.stringify({ submitted: count }) });
});

export const main = workflow(async (sites: Site[]) => {
  const queue = new PQueue({ concurrency: 2 });
  for (const site of sites) {
    queue.add(() => submitPermit(site)); // expect: WAC106
  }
  await queue.onIdle();
  await notifyInstaller(sites.length);
  return { submitted: sites.length };
});
