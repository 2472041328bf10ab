// SDK: windmill-client 1.818.0 client.mjs: `forEach` drops the promises its async callback returns, so nothing awaits the tasks: their failures are only logged ("failed but was never awaited") (WAC106).
import { task, workflow } from "windmill-client";

type Recipient = { email: string; name: string; locale?: "en" | "fr" | "de" };

const renderTemplate = task(async (templateId: string, locale: string) => ({ subject: "Hi", html: "<p>Hi</p>" }));
const sendEmail = task(async (to: string, subject: string, html: string) => ({ id: "msg_1" }));

export const main = workflow(async (templateId: string, recipients: Recipient[]) => {
  const tpl = await renderTemplate(templateId, "en");
  recipients.forEach(async (r) => { // expect: WAC106
    await sendEmail(r.email, tpl.subject.replace("{name}", r.name), tpl.html);
  });
  return { queued: recipients.length };
});
