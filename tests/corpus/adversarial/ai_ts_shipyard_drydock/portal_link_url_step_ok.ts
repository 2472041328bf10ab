// SDK: windmill-client 1.818.0 client.mjs: the URL is built in the body from checkpointed values (pure) and only its string crosses into the task
import { task, workflow } from "windmill-client";

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
  const portal = new URL(`https://portal.drydock-ops.example/visits/${visit.visitId}`);
  portal.searchParams.set("token", visit.token);
  portal.searchParams.set("lang", "en");
  const sent = await emailOwner(ownerEmail, portal.toString());
  return { vessel, visitId: visit.visitId, ...sent };
});
