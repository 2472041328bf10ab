// SDK: windmill-client 1.818.0 client.mjs: getResumeUrls() calls the API (a fresh resume token each run), so outside step() it differs on every replay; waitForApproval suspends via StepSuspend.
import { getResumeUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Vendor = {
  name: string;
  taxId: string;
  contactEmail: string;
  country: string;
};

const SLACK_CHANNEL = "#procurement";
const APPROVAL_TIMEOUT = 3 * 24 * 3600;

const screenSanctions = task(async (vendor: Vendor) => {
  const res = await fetch("https://sanctions.example.com/screen", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: vendor.name, country: vendor.country }),
  });
  const hits = (await res.json()) as { matches: string[] };
  return { clean: hits.matches.length === 0, matches: hits.matches };
});

const postToSlack = task(async (channel: string, text: string) => {
  await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    body: JSON.stringify({ channel, text }),
  });
  return { posted: true };
});

const createVendorRecord = task(async (vendor: Vendor, approver: string) => {
  const res = await fetch("https://erp.internal/api/vendors", {
    method: "POST",
    body: JSON.stringify({ ...vendor, approvedBy: approver }),
  });
  return (await res.json()) as { vendorId: string };
});

function approvalText(vendor: Vendor, url: string): string {
  return `New vendor *${vendor.name}* (${vendor.country}) needs review: ${url}`;
}

export const main = workflow(async (vendor: Vendor) => {
  const screening = await screenSanctions(vendor);
  if (!screening.clean) {
    await postToSlack(SLACK_CHANNEL, `Vendor ${vendor.name} blocked: ${screening.matches.join(", ")}`);
    return { status: "blocked", matches: screening.matches };
  }

  const urls = await getResumeUrls(); // expect: WAC102
  await postToSlack(SLACK_CHANNEL, approvalText(vendor, urls.approvalPage));

  const decision = await waitForApproval({ timeout: APPROVAL_TIMEOUT });
  if (!decision.approved) {
    return { status: "rejected", by: decision.approver };
  }
  const record = await createVendorRecord(vendor, decision.approver);
  return { status: "created", vendorId: record.vendorId, approver: decision.approver };
});
