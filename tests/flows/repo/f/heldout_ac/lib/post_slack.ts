// Posts a message to a Slack channel with the workspace bot token.
type Slack = { token: string };

export async function main(
  slack: Slack,
  channel: string,
  text: string,
  thread_ts?: string,
) {
  const res = await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      Authorization: `Bearer ${slack.token}`,
    },
    body: JSON.stringify({ channel, text, thread_ts }),
  });
  const body = await res.json();
  if (!body.ok) {
    throw new Error(`slack: ${body.error}`);
  }
  return { ts: body.ts as string, channel };
}
