import { Resend } from "resend";
import * as wmill from "windmill-client";

export async function main(email: string, cancel_at: number) {
  const resend = new Resend(await wmill.getVariable("f/growth/resend_key"));
  const when = new Date(cancel_at * 1000).toISOString().slice(0, 10);
  await resend.emails.send({
    from: "billing@example.com",
    to: email,
    subject: "Your subscription will end",
    text: `Your subscription stays active until ${when}.`,
  });
  return { sent: true };
}
