import * as wmill from "windmill-client";

type Recipient = { email: string; workspace: string };

export async function main(campaign_id: string, recipients: Recipient[]) {
  const cm = await wmill.getResource("f/marketing/customerio");
  let sent = 0;
  for (const r of recipients) {
    await fetch(`https://api.customer.io/v1/campaigns/${campaign_id}/triggers`, {
      method: "POST",
      headers: { Authorization: `Bearer ${cm.app_key}`, "Content-Type": "application/json" },
      body: JSON.stringify({ emails: [r.email], data: { workspace: r.workspace } }),
    });
    sent++;
  }
  return { sent };
}
