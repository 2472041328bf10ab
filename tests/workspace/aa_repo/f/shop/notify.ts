type Slack = { token: string };

export async function main(slack: Slack, channel: string, text: string, urgent = false) {
  const res = await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { Authorization: `Bearer ${slack.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ channel, text: urgent ? `:rotating_light: ${text}` : text }),
  });
  return { ok: res.ok };
}
