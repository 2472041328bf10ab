// SDK: windmill-client 1.818.0: getResumeUrls inside step(); waitForApproval without key; a Map used only inside the body (never returned or passed to a task); JSON.parse(JSON.stringify(x)) copy is pure
import { getResumeUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Cert = { crewId: string; course: string; expires: string };

const certs = task(async (vessel: string): Promise<Cert[]> => {
  const r = await fetch(`https://hr.example-ferry.io/vessels/${vessel}/certs`);
  return r.ok ? await r.json() : [];
});

const enroll = task(async (crewId: string, course: string) => {
  const r = await fetch("https://training.example-ferry.io/enrol", { method: "POST", body: JSON.stringify({ crewId, course }) });
  return r.ok ? "enrolled" : "failed";
});

const emailMaster = task(async (vessel: string, body: string) => {
  await fetch("https://mail.example-ferry.io/send", { method: "POST", body: JSON.stringify({ to: `master-${vessel}@example-ferry.io`, body }) });
});

export const main = workflow(async (vessel: string, horizonDate: string) => {
  const all = await certs(vessel);
  const expiring = new Map<string, string[]>();
  for (const c of all) {
    if (c.expires <= horizonDate) expiring.set(c.crewId, [...(expiring.get(c.crewId) ?? []), c.course]);
  }
  if (expiring.size === 0) return { enrolled: {} };
  const plan: Record<string, string[]> = JSON.parse(JSON.stringify(Object.fromEntries(expiring)));
  const urls = await step("resume_urls", () => getResumeUrls());
  await emailMaster(vessel, `${expiring.size} crew need refreshers. Approve: ${urls.resume}`);
  const ok = await waitForApproval({ timeout: 5 * 86400 });
  if (!ok.approved) return { enrolled: {}, plan };
  const enrolled: Record<string, string> = {};
  for (const crewId of Object.keys(plan).sort()) {
    for (const course of plan[crewId]) enrolled[`${crewId}/${course}`] = await enroll(crewId, course);
  }
  return { enrolled };
});
