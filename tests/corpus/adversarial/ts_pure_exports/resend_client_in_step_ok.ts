// SDK: windmill-client 1.818.0 client.mjs: `new Resend(key)` only stores the key; the email is sent inside the step, which is checkpointed.
import { Resend } from "resend";
import { step, task, workflow } from "windmill-client";

const createInvite = task(async (email: string) => ({ email, link: `https://app.example.com/invite/${encodeURIComponent(email)}` }));

export const main = workflow(async (email: string, apiKey: string) => {
  const invite = await createInvite(email);
  const resend = new Resend(apiKey);
  const sent = await step("send_invite", async () => {
    const { data, error } = await resend.emails.send({ from: "team@example.com", to: email, subject: "You're invited", html: `<a href="${invite.link}">Join</a>` });
    return { id: data?.id ?? null, error: error?.message ?? null };
  });
  return { ...invite, ...sent };
});
