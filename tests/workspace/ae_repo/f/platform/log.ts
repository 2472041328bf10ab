// Structured logging; `alert` posts to #ops-alerts (only from a task or a step).
const SLACK_WEBHOOK = "https://hooks.slack.com/services/T000/B000/harbor-ops";

export function logEvent(kind: string, fields: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ kind, ...fields }));
}

export async function alert(text: string, channel = "#ops-alerts"): Promise<void> {
  await fetch(SLACK_WEBHOOK, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ channel, text }),
  });
}
