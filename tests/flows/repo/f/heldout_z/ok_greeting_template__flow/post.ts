import * as wmill from "windmill-client";

export async function main(channel: string, text: string) {
  const slack = await wmill.getResource<{ token: string }>("f/hr/slack");
  const res = await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { Authorization: `Bearer ${slack.token}`, "content-type": "application/json" },
    body: JSON.stringify({ channel, text }),
  });
  return { ok: res.ok };
}
