import * as wmill from "windmill-client";

type Message = { to: string[]; subject: string; text: string };

export async function main(message: Message) {
  const sg = await wmill.getResource("f/heldout_an/sendgrid");
  const res = await fetch("https://api.sendgrid.com/v3/mail/send", {
    method: "POST",
    headers: { Authorization: `Bearer ${sg.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      personalizations: [{ to: message.to.map((email) => ({ email })) }],
      from: { email: "reports@acme.io" },
      subject: message.subject,
      content: [{ type: "text/plain", value: message.text }],
    }),
  });
  return { sent: res.ok };
}
