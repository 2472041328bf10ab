import * as wmill from "windmill-client";

export async function main(reviewer: string, applications: string[], call_id: string) {
  const smtp = await wmill.getResource("f/grants/sendgrid");
  await fetch("https://api.sendgrid.com/v3/mail/send", {
    method: "POST",
    headers: { authorization: `Bearer ${smtp.api_key}`, "content-type": "application/json" },
    body: JSON.stringify({
      personalizations: [{ to: [{ email: reviewer }] }],
      from: { email: "grants@institute.example" },
      subject: `Call ${call_id}: ${applications.length} applications to review`,
      content: [{ type: "text/plain", value: applications.join("\n") }],
    }),
  });
  return { reviewer, count: applications.length };
}
