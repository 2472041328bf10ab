import * as wmill from "windmill-client";

export async function main(channel: string, title: string, lines: string[]) {
  const slack = await wmill.getResource("f/opera/slack_bot");
  const text = [`*${title}*`, ...lines.map((l) => `• ${l}`)].join("\n");
  const res = await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { Authorization: `Bearer ${slack.token}`, "content-type": "application/json" },
    body: JSON.stringify({ channel, text }),
  });
  if (!res.ok) throw new Error(`slack ${res.status}`);
  return { posted: lines.length };
}
