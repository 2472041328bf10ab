// SDK: windmill-client 1.818.0 client.mjs: `_waitForApproval` throws "WAC step key ... is already used" when an explicit key comes round again; the desk's `ask("qc-lead")` is called for both plates (added after the fixes)
import { task, step, waitForApproval, getApprovalUrls, workflow } from "windmill-client";

const notifyReviewer = task(async (reviewer: string, url: string) => {
  await fetch("https://mail.helixlab.example/send", {
    method: "POST",
    body: JSON.stringify({ to: `${reviewer}@helixlab.example`, link: url }),
  });
});

const releasePlate = task(async (plate: string) => {
  await fetch(`https://lims.helixlab.example/plates/${plate}/release`, { method: "POST" });
});

const desk = {
  ask: (key: string, timeout: number) => waitForApproval({ key, timeout }),
};

export const main = workflow(async (plates: string[]) => {
  const urls = await step("urls", () => getApprovalUrls("qc-lead"));
  await notifyReviewer("qc-lead", urls.approvalPage);
  const first = await desk.ask("qc-lead", 86_400);
  if (first.approved) await releasePlate(plates[0]);
  const second = await desk.ask("qc-lead", 86_400); // expect: WAC303
  if (second.approved) await releasePlate(plates[1]);
  return { released: [first.approved, second.approved] };
});
