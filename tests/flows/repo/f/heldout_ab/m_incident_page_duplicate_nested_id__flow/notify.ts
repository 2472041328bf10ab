import * as wmill from "windmill-client";

export async function main(failing: number) {
  const slack = await wmill.getResource("f/sre/slack_incidents");
  await fetch(slack.webhook_url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text: `${failing} synthetic checks failing, owners paged.` }),
  });
  return { failing };
}
