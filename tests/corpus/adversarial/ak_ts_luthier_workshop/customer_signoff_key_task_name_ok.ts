// SDK: windmill-client 1.818.0 index.js `_waitForApproval` throws when `_allocKey(options.key)` is not the key itself; "customer_signoff" is used by nothing before it (the task is keyed `signOff`, the step `signoff_urls`), so the approval gets its own key and `getApprovalUrls("customer_signoff")` addresses it
// Ported from a Temporal workflow (`await condition(() => signedOff)` after the `signOff` activity prepared the paperwork).
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Build = { serial: string; customerEmail: string; model: string };

const signOff = task(async function signOff(build: Build): Promise<{ sheetUrl: string }> {
  const r = await fetch("https://shop.luthiers.example/api/signoff-sheets", { method: "POST", body: JSON.stringify(build) });
  return (await r.json()) as { sheetUrl: string };
});

const sendSignoffMail = task(async function sendSignoffMail(build: Build, sheetUrl: string, resumeUrl: string): Promise<void> {
  await fetch("https://mail.luthiers.example/v1/send", {
    method: "POST",
    body: JSON.stringify({ to: build.customerEmail, sheetUrl, resumeUrl }),
  });
});

const shipInstrument = task(async function shipInstrument(serial: string): Promise<{ tracking: string }> {
  const r = await fetch("https://ship.luthiers.example/api/labels", { method: "POST", body: JSON.stringify({ serial }) });
  return (await r.json()) as { tracking: string };
});

export const main = workflow(async (build: Build) => {
  const { sheetUrl } = await signOff(build);
  const urls = await step("signoff_urls", () => getApprovalUrls("customer_signoff"));
  await sendSignoffMail(build, sheetUrl, urls.resume);
  const decision = await waitForApproval({ key: "customer_signoff", timeout: 7 * 24 * 3600 });
  if (!decision.approved) return { serial: build.serial, shipped: false };
  return { serial: build.serial, shipped: true, ...(await shipInstrument(build.serial)) };
});
