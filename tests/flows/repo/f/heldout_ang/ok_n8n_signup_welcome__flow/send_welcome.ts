import * as wmill from "windmill-client";
import Mustache from "mustache";

export async function main(to: string, template: string, contact_id: string, first_name: string, plan: string) {
  const postmark = await wmill.getResource("f/heldout_ang/postmark");
  const text = Mustache.render(template, { first_name, plan });
  const res = await fetch("https://api.postmarkapp.com/email", {
    method: "POST",
    headers: { "X-Postmark-Server-Token": postmark.token, "Content-Type": "application/json" },
    body: JSON.stringify({ From: "hello@acme.io", To: to, Subject: "Welcome!", TextBody: text, Metadata: { contact_id } }),
  });
  return { sent: res.ok };
}
