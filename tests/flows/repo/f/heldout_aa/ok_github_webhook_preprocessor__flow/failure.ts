import * as wmill from "windmill-client";

export async function main(message: string, step_id: string, sha: string) {
  const webhook = await wmill.getVariable("f/deploy/slack_webhook");
  await fetch(webhook, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text: `Deploy of ${sha.slice(0, 7)} failed at ${step_id}: ${message}` }),
  });
  return { notified: true };
}
