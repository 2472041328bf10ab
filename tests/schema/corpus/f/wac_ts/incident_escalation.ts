// Escalate an incident up the on-call chain: each level gets paged and has
// 15 minutes to acknowledge before the next level is paged.
import { task, workflow, step, waitForApproval, getResumeUrls } from "windmill-client";

const page = task(async (responder: string, incidentId: string, ackUrl: string) => {
  await fetch("https://sms-gateway.example/send", {
    method: "POST",
    body: JSON.stringify({ to: responder, text: `Incident ${incidentId}: ack at ${ackUrl}` }),
  });
});

const markAcknowledged = task(async (incidentId: string, responder: string) => {
  await fetch(`https://status.example/api/incidents/${incidentId}`, { method: "PATCH", body: JSON.stringify({ acknowledged_by: responder }) });
});

const declareMajorIncident = task(async (incidentId: string) => {
  await fetch(`https://status.example/api/incidents/${incidentId}/major`, { method: "POST" });
});

export const main = workflow(async (incidentId: string, chain: string[]) => {
  for (let level = 0; level < chain.length; level++) {
    const responder = chain[level];
    const urls = await step("ack_urls", () => getResumeUrls(responder));
    await page(responder, incidentId, urls.resume);
    const ack = await waitForApproval({ timeout: 900 });
    if (ack.approved) {
      await markAcknowledged(incidentId, ack.approver);
      return { acknowledgedBy: ack.approver, level };
    }
  }
  await declareMajorIncident(incidentId);
  return { acknowledgedBy: null, major: true };
});
