type Slack = { token: string };

export async function main(slack: Slack, channel: string, text: string, thread_ts?: string) {
  return { channel, text, thread_ts, ok: Boolean(slack.token) };
}
