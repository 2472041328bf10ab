// SDK: windmill-client 1.818.0 client.mjs `parallel(items, fn, { concurrency })`: every item's task is awaited in batches, in input order.
import { parallel, task, workflow } from "windmill-client";

type Recipient = { email: string; name: string; locale?: "en" | "fr" | "de" };

const renderTemplate = task(async (templateId: string, locale: string) => ({ subject: "Hi", html: "<p>Hi</p>" }));
const sendEmail = task(async (to: string, subject: string, html: string) => ({ id: "msg_1" }));

export const main = workflow(async (templateId: string, recipients: Recipient[], concurrency: number = 10) => {
  const tpl = await renderTemplate(templateId, "en");
  const sent = await parallel(recipients, (r) => sendEmail(r.email, tpl.subject.replace("{name}", r.name), tpl.html), { concurrency });
  return { sent: sent.length };
});
