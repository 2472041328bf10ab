// SDK: windmill-client 1.818.0 client.mjs _runInlineStep(): the step's result is JSON-encoded (encodeCheckpointPayload) and the decoded value is returned; URL has toJSON, so the body gets a string back and `searchParams` is undefined
import { task, step, workflow } from "windmill-client";

const createSurveyorVisit = task(async (vessel: string, surveyor: string, date: string) => {
  const r = await fetch("https://class.lloyds-proxy.example/v1/visits", {
    method: "POST",
    body: JSON.stringify({ vessel, surveyor, date }),
  });
  return (await r.json()) as { visitId: string; token: string };
});

const emailOwner = task(async (ownerEmail: string, link: string) => {
  await fetch("https://mail.drydock-ops.example/v1/send", {
    method: "POST",
    body: JSON.stringify({ to: ownerEmail, subject: "Class survey booked", text: link }),
  });
  return { sent: true };
});

export const main = workflow(async (vessel: string, surveyor: string, date: string, ownerEmail: string) => {
  const visit = await createSurveyorVisit(vessel, surveyor, date);
  const portal = await step("portal_url", () => new URL(`https://portal.drydock-ops.example/visits/${visit.visitId}`)); // expect: WAC107
  portal.searchParams.set("token", visit.token);
  portal.searchParams.set("lang", "en");
  const sent = await emailOwner(ownerEmail, portal.toString());
  return { vessel, visitId: visit.visitId, ...sent };
});
