import * as wmill from "windmill-client";

export async function main(invoices: { invoice_id: number; days_overdue: number }[], channel: string) {
  const slack = await wmill.getResource("f/finance/slack_bot");
  const lines = invoices.map((i) => `• #${i.invoice_id}: ${i.days_overdue} days`);
  await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { Authorization: `Bearer ${slack.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ channel, text: lines.join("\n") }),
  });
  return { escalated: invoices.length };
}
