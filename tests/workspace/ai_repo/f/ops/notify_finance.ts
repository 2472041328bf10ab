import * as wmill from "windmill-client";

export async function main(channel: string, text: string, severity: "info" | "warn" = "info") {
  const hook = await wmill.getVariable("f/ops/slack_finance_webhook");
  await fetch(hook, {
    method: "POST",
    body: JSON.stringify({ channel, text: severity === "warn" ? `:warning: ${text}` : text }),
  });
  return { sent: true };
}
