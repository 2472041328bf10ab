import * as wmill from "windmill-client";

export async function main(email: string, slot: string, paymentLink: string) {
  const mail = await wmill.getResource("f/tattoo/mailer");
  await fetch(mail.url, {
    method: "POST",
    headers: { Authorization: `Bearer ${mail.token}` },
    body: JSON.stringify({ to: email, subject: "Booking held", text: `Slot ${slot}. Deposit: ${paymentLink}` }),
  });
  return { confirmed: true };
}
