import * as wmill from "windmill-client";

export async function main(reply_to: string, recipients: string[]) {
  const sendgrid = await wmill.getResource("f/crm/sendgrid");
  const res = await fetch("https://api.sendgrid.com/v3/mail/send", {
    method: "POST",
    headers: {
      Authorization: `Bearer ${sendgrid.token}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      personalizations: recipients.map((to) => ({ to: [{ email: to }] })),
      from: { email: "newsletter@acme.io" },
      reply_to: { email: reply_to },
      template_id: "d-weekly-digest",
    }),
  });
  return { status: res.status, sent: recipients.length };
}
