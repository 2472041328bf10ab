// SDK: windmill-client 1.818.0 client.mjs: the body is replayed after the task; the email in the body is sent again each round.
import sgMail from "@sendgrid/mail";
import { task, workflow } from "windmill-client";

sgMail.setApiKey(process.env.SENDGRID_KEY ?? "");
const render = task(async (name: string) => ({ subject: `Welcome ${name}`, html: `<p>Hi ${name}</p>` }));

export const main = workflow(async (name: string, email: string) => {
  const msg = await render(name);
  await sgMail.send({ to: email, from: "hi@example.com", ...msg }); // expect: WAC101
  return { sent: true };
});
