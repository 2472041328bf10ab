import * as wmill from "windmill-client";

export async function main(to: string, permit_id: string, decision: string, signed_by: string) {
  const mail = await wmill.getResource("f/permits/postmark");
  const res = await fetch("https://api.postmarkapp.com/email", {
    method: "POST",
    headers: { "X-Postmark-Server-Token": mail.token, "content-type": "application/json" },
    body: JSON.stringify({
      From: "permits@city.example",
      To: to,
      Subject: `Permit ${permit_id}: ${decision}`,
      TextBody: `Your permit ${permit_id} was ${decision.toLowerCase()} (reviewed by ${signed_by}).`,
    }),
  });
  return { status: res.status };
}
