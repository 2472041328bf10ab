// SDK: windmill-client 1.818.0 index.js `_waitForApproval`: `key = this._allocKey(options.key)` and `if (options?.key && key !== options.key) throw new Error("WAC step key ... is already used")`; the task `signOff` was keyed `signOff` first (`_nextStep` keys a task by its function's name), so the approval throws on every round
// Ported from a Temporal workflow (`await condition(() => signedOff)` after the `signOff` activity prepared the paperwork); the approval key was named after the activity.
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
  const urls = await step("signoff_urls", () => getApprovalUrls("signOff"));
  await sendSignoffMail(build, sheetUrl, urls.resume);
  const decision = await waitForApproval({ key: "signOff", timeout: 7 * 24 * 3600 }); // expect: WAC303
  if (!decision.approved) return { serial: build.serial, shipped: false };
  return { serial: build.serial, shipped: true, ...(await shipInstrument(build.serial)) };
});
