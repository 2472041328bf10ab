// SDK: windmill-client 1.818.0 index.js `_waitForApproval(options)` reads `key`, `timeout`, `form`, `selfApproval`, `skin` and `description`; an `AbortSignal` under `signal` is never read, so nothing aborts and the approval waits its `timeout`
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

const alertSkippers = task(async function alertSkippers(site: string, resumeUrl: string) {
  await fetch("https://radio.saltmarsh-kelp.example/api/broadcast", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ site, text: `Storm recall proposed for ${site}. Confirm: ${resumeUrl}` }),
  });
  return { alerted: true };
});

const recallBoats = task(async function recallBoats(site: string) {
  const r = await fetch(`https://ops.saltmarsh-kelp.example/api/sites/${site}/recall`, { method: "POST" });
  return (await r.json()) as { recalled: number };
});

export const main = workflow(async (site: string) => {
  const urls = await step("recall_urls", () => getApprovalUrls("storm_recall"));
  await alertSkippers(site, urls.resume);
  await waitForApproval({
    key: "storm_recall",
    timeout: 3600,
    signal: AbortSignal.timeout(45 * 60 * 1000), // expect: WAC302
  });
  return await recallBoats(site);
});
