// Post a message to a Slack channel with the team bot.

type Slack = { token: string };

export async function main(
  slack: Slack,
  channel: string,
  message: string,
  thread_ts?: string,
) {
  const res = await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: {
      Authorization: `Bearer ${slack.token}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ channel, text: message, thread_ts }),
  });
  const body = await res.json();
  if (!body.ok) throw new Error(`slack: ${body.error}`);
  return { ts: body.ts, channel: body.channel };
}
