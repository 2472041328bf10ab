// SDK: windmill-client 1.818.0 client.mjs step(name, fn): fn runs once, its result checkpointed; the same helper is safe inside step.
import nodemailer from "nodemailer";
import { step, task, workflow } from "windmill-client";

const transport = nodemailer.createTransport({ host: "smtp.example.com", port: 587 });

async function notify(to: string, subject: string): Promise<string> {
  const info = await transport.sendMail({ from: "ops@example.com", to, subject, text: subject });
  return info.messageId;
}

const closeIncident = task(async (id: string) => ({ id, owner: "oncall@example.com" }));

export const main = workflow(async (id: string) => {
  const incident = await closeIncident(id);
  const messageId = await step("notify_owner", () => notify(incident.owner, `Incident ${id} closed`));
  return { ...incident, messageId };
});
