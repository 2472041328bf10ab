// SDK: windmill-client 1.818.0 index.js `_waitForApproval(options)` reads `key`, `timeout` (seconds), `form`, `skin` ("minimal" / "detailed") and `description`; the URLs come from `getApprovalUrls("storm_recall")` inside a step, addressing that key
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

const alertSkippers = task(async function alertSkippers(site: string, resumeUrl: string) {
  await fetch("https://radio.saltmarsh-kelp.example/api/broadcast", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ site, text: `Storm recall proposed for ${site}. Confirm: ${resumeUrl}` }),
  });
  return { alerted: true };
});

const recallBoats = task(async function recallBoats(site: string, note: string) {
  const r = await fetch(`https://ops.saltmarsh-kelp.example/api/sites/${site}/recall`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ note }),
  });
  return (await r.json()) as { recalled: number };
});

export const main = workflow(async (site: string) => {
  const urls = await step("recall_urls", () => getApprovalUrls("storm_recall"));
  await alertSkippers(site, urls.resume);
  const decision = await waitForApproval({
    key: "storm_recall",
    timeout: 45 * 60,
    skin: "minimal",
    description: `Recall all boats at **${site}**?`,
    form: { type: "object", properties: { note: { type: "string" } } },
  });
  const note = (decision as { value?: { note?: string } }).value?.note ?? "";
  return await recallBoats(site, note);
});
