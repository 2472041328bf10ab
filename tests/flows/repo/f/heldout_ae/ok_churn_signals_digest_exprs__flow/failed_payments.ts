import * as wmill from "windmill-client";

export async function main(week: string) {
  const stripeKey = await wmill.getVariable("f/cs/stripe_key");
  const resp = await fetch(`https://api.stripe.com/v1/invoices/search?query=status:'open' AND metadata['week']:'${week}'`, {
    headers: { Authorization: `Bearer ${stripeKey}` },
  });
  const body = await resp.json();
  return { failures: body.data.map((i: any) => ({ account_id: i.metadata.account_id, amount: i.amount_due / 100 })) };
}
