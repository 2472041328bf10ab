// Gate a release of results to a third party (insurer, research partner) on consent and a privacy officer's approval.
import { getResumeUrls, step, task, waitForApproval, workflow } from "windmill-client";
import { consentLookup } from "/f/shared/tasks.ts";
import notify from "/f/shared/notify.ts";
import { loincName } from "/f/shared/loinc.ts";

const releaseRecords = task(async (patientId: string, recipient: string, loincs: string[]) => {
  const res = await fetch("https://hie.stmarys.internal/v1/releases", {
    method: "POST",
    body: JSON.stringify({ patientId, recipient, loincs }),
  });
  return (await res.json()) as { releaseId: string };
});

const emailOfficer = task(async (subject: string, body: string) => {
  await notify.email("privacy@stmarys.org", subject, body);
});

export const main = workflow(async (patientId: string, recipient: string, purpose: string, loincs: string[]) => {
  const consent = await consentLookup({ patientId, purpose });
  if (!consent.granted) {
    return { released: false, reason: "no consent" };
  }

  const urls = await step("urls", () => getResumeUrls());
  const listing = loincs.map((c) => loincName(c)).join("; ");
  await emailOfficer(`Release to ${recipient}`, `${listing}\nApprove: ${urls.approvalPage}`);
  const decision = await waitForApproval({ timeout: 48 * 3600, form: { properties: { note: { type: "string" } } } });
  if (!decision.approved) {
    return { released: false, reason: "declined", by: decision.approver };
  }
  const release = await releaseRecords(patientId, recipient, loincs);
  return { released: true, releaseId: release.releaseId, by: decision.approver };
});
