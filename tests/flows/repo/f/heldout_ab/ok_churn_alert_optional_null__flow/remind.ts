import * as wmill from "windmill-client";

type Renewal = { account_id: string; owner: string; renews_on: string };

export async function main(renewals: Renewal[], cc: string[]) {
  const resend = await wmill.getResource("f/cs/resend");
  for (const r of renewals) {
    await fetch("https://api.resend.com/emails", {
      method: "POST",
      headers: { Authorization: `Bearer ${resend.key}`, "Content-Type": "application/json" },
      body: JSON.stringify({
        from: "renewals@acme.io",
        to: r.owner,
        cc,
        subject: `Renewal of ${r.account_id} on ${r.renews_on}`,
        text: "The contract renews soon; check in with the customer.",
      }),
    });
  }
  return { reminded: renewals.length };
}
