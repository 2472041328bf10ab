// Posts a message to the team's Mattermost channel through its incoming webhook.
type Mattermost = { webhook_url: string };

export async function main(
  mattermost: Mattermost,
  channel: string,
  text: string,
  format: "markdown" | "plain" = "markdown",
) {
  const body =
    format === "markdown"
      ? { channel, text }
      : { channel, text: text.replace(/[*_`#]/g, "") };
  const res = await fetch(mattermost.webhook_url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) {
    throw new Error(`mattermost answered ${res.status}`);
  }
  return { posted: true, channel };
}
