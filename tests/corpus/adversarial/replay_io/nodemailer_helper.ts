// SDK: windmill-client 1.818.0 client.mjs: a plain async helper awaited from the workflow body runs in the body; its sendMail repeats on each replay.
import nodemailer from "nodemailer";
import { task, workflow } from "windmill-client";

const transport = nodemailer.createTransport({ host: "smtp.example.com", port: 587 });

async function notify(to: string, subject: string) {
  await transport.sendMail({ from: "ops@example.com", to, subject, text: subject });
}

const closeIncident = task(async (id: string) => ({ id, owner: "oncall@example.com" }));

export const main = workflow(async (id: string) => {
  const incident = await closeIncident(id);
  await notify(incident.owner, `Incident ${id} closed`); // expect: WAC101
  return incident;
});
