import * as wmill from "windmill-client";

export async function main(email: string, amountGbp: number, requestId: string) {
  const pay = await wmill.getResource("f/tattoo/payments");
  const res = await fetch(`${pay.url}/links`, {
    method: "POST",
    headers: { Authorization: `Bearer ${pay.key}`, "Idempotency-Key": requestId },
    body: JSON.stringify({ email, amount: Math.round(amountGbp * 100), currency: "gbp" }),
  });
  return { payment_link: (await res.json()).url as string };
}
