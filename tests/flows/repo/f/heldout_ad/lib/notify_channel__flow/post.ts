import * as wmill from "windmill-client";

export async function main(channel: string, text: string, severity: string) {
  const slack = await wmill.getResource("f/ops/slack_bot");
  const icon = severity === "critical" ? ":rotating_light:" : severity === "warning" ? ":warning:" : ":information_source:";
  const resp = await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { Authorization: `Bearer ${slack.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ channel, text: `${icon} ${text}` }),
  });
  const body = await resp.json();
  return { ok: body.ok, ts: body.ts, channel: body.channel };
}
