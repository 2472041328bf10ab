// SDK: windmill-client 1.818.0: getApprovalUrls(key) in a step, waitForApproval({ key, form }) resolves { value, approver, approved }; a catch that rethrows StepSuspend first
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Visitor = { name: string; email: string; birthYear: number; guardianEmail?: string };

const WAIVER_FORM = {
  type: "object",
  properties: {
    identityChecked: { type: "boolean" },
    notes: { type: "string" },
  },
  required: ["identityChecked"],
} as const;

function fetchWaiverTemplate(minor: boolean): string {
  // named like I/O; picks one of two bundled templates
  return minor ? "waiver-minor-v4" : "waiver-adult-v7";
}

function isMinor(v: Visitor, seasonYear: number): boolean {
  return seasonYear - v.birthYear < 18;
}

function rethrowSuspend(e: unknown): void {
  if ((e as { name?: string })?.name === "StepSuspend") throw e;
}

const sendWaiver = task(async (email: string, template: string, visitorName: string) => {
  const res = await fetch("https://sign.example-crag.io/api/envelopes", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, template, visitorName }),
  });
  if (!res.ok) throw new Error(`envelope for ${email}: ${res.status}`);
  return (await res.json()) as { envelopeId: string };
});

const notifyDesk = task(async (page: string, count: number) => {
  await fetch("https://hooks.example-crag.io/desk", {
    method: "POST",
    body: JSON.stringify({ text: `${count} waivers to check: ${page}` }),
  });
});

export const main = workflow(async (visitors: Visitor[], seasonYear: number = 2026) => {
  const envelopes: { email: string; envelopeId: string | null }[] = [];
  for (const v of visitors) {
    const minor = isMinor(v, seasonYear);
    const to = minor && v.guardianEmail ? v.guardianEmail : v.email;
    try {
      const env = await sendWaiver(to, fetchWaiverTemplate(minor), v.name);
      envelopes.push({ email: to, envelopeId: env.envelopeId });
    } catch (e) {
      rethrowSuspend(e);
      envelopes.push({ email: to, envelopeId: null });
    }
  }

  const urls = await step("desk_urls", () => getApprovalUrls("desk_check"));
  await notifyDesk(urls.approvalPage, envelopes.length);
  const check = await waitForApproval({ key: "desk_check", timeout: 4 * 3600, form: WAIVER_FORM });
  return { envelopes, checkedBy: check.approver, identityChecked: Boolean(check.value?.identityChecked) };
});
