// New user onboarding: create the CRM contact, send a welcome email, wait a
// day and then send a getting-started follow-up.
import { task, taskScript, workflow, sleep } from "windmill-client";

const createContact = taskScript("f/crm/create_contact");
const assignAccountManager = taskScript("f/crm/assign_account_manager", { timeout: 120 });

const sendEmail = task(async (to: string, template: string, vars: Record<string, string>) => {
  const res = await fetch("https://api.mailprovider.example/v1/send", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ to, template, vars }),
  });
  if (!res.ok) throw new Error(`mail provider: ${res.status}`);
  return (await res.json()).message_id as string;
});

export const main = workflow(async (email: string, firstName: string, plan: string = "free") => {
  const contact = await createContact({ email, first_name: firstName, plan });
  if (plan !== "free") {
    await assignAccountManager({ contact_id: contact.id });
  }
  await sendEmail(email, "welcome", { name: firstName });
  await sleep(86400);
  await sendEmail(email, "getting_started", { name: firstName, plan });
  return { contactId: contact.id };
});
