export async function main(slack: { token: string }, channel: string, thread_ts: string, text: string) {
  await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { Authorization: `Bearer ${slack.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ channel, thread_ts, text }),
  })
  return { ok: true }
}
