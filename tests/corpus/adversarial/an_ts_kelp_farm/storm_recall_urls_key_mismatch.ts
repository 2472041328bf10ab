// SDK: windmill-client 1.818.0 index.js `getApprovalUrls(stepKey = "approval")` mints URLs bound to the `waitForApproval` step with that key ("The URL only resumes while that step is awaiting approval"); the assistant renamed the approval's key but not the URLs' key, so the skippers' link addresses a step the workflow never waits at
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
  const urls = await step("recall_urls", () => getApprovalUrls("storm_recall")); // expect: WAC301
  await alertSkippers(site, urls.resume);
  await waitForApproval({ key: "storm_recall_confirm", timeout: 45 * 60, skin: "minimal" });
  return await recallBoats(site);
});
