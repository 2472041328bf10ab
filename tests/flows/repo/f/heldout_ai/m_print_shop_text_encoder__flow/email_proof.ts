import * as wmill from "npm:windmill-client@1.818.0";

export async function main(to: string, proofUrl: string, orderId: number) {
  const smtp = await wmill.getResource("f/print_shop/postmark");
  await fetch("https://api.postmarkapp.com/email", {
    method: "POST",
    headers: { "X-Postmark-Server-Token": smtp.token, "content-type": "application/json" },
    body: JSON.stringify({
      From: "proofs@print.example.com",
      To: to,
      Subject: `Your proof for order #${orderId}`,
      TextBody: `Please check and approve: ${proofUrl}`,
    }),
  });
  return { sent: true };
}
