// SDK: windmill-client 1.818.0 client.mjs _waitForApproval(): an explicit key is allocated with _allocKey; the second venue gets `venue_contract_2` != the key, and the SDK throws "WAC step key ... is already used"
import { task, step, waitForApproval, getApprovalUrls, workflow } from "windmill-client";

namespace Approvals {
  export const CONTRACT = "venue_contract";
}

type Venue = { id: string; name: string; fee: number; contactEmail: string };

const draftContract = task(async (venueId: string, dates: string[]) => {
  const r = await fetch("https://contracts.choir-tours.example/v1/drafts", {
    method: "POST",
    body: JSON.stringify({ venueId, dates }),
  });
  return (await r.json()) as { contractId: string; pdfUrl: string };
});

const sendForSignature = task(async (email: string, pdfUrl: string, resumeUrl: string) => {
  await fetch("https://sign.choir-tours.example/v1/envelopes", {
    method: "POST",
    body: JSON.stringify({ to: email, document: pdfUrl, callback: resumeUrl }),
  });
});

export const main = workflow(async (venues: Venue[], dates: string[], managerEmail: string) => {
  const signed: string[] = [];
  for (const venue of venues) {
    const { contractId, pdfUrl } = await draftContract(venue.id, dates);
    const urls = await step("contract_urls", () => getApprovalUrls(Approvals.CONTRACT));
    await sendForSignature(managerEmail, pdfUrl, urls.resume);
    const decision = await waitForApproval({ key: Approvals.CONTRACT, timeout: 3 * 86_400 }); // expect: WAC303
    if (decision.approved) signed.push(contractId);
  }
  return { signed, declined: venues.length - signed.length };
});
