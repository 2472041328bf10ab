import * as wmill from "windmill-client";

export async function main(to: string, po_number: string, amount: number) {
  const smtp = await wmill.getResource("f/heldout_am/smtp_relay");
  const res = await fetch(smtp.api_url, {
    method: "POST",
    body: JSON.stringify({ to, subject: `PO ${po_number} created`, text: `Your order of ${amount} EUR is approved.` }),
  });
  return { sent: res.ok };
}
