type Pagerduty = { routing_key: string };

export async function main(
  pagerduty: Pagerduty,
  service: string,
  severity: "critical" | "error" | "warning" | "info",
  summary: string,
  dedup_key: string,
) {
  const res = await fetch("https://events.pagerduty.com/v2/enqueue", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      routing_key: pagerduty.routing_key,
      event_action: "trigger",
      dedup_key,
      payload: { summary, source: service, severity },
    }),
  });
  if (res.status !== 202) {
    throw new Error(`pagerduty answered ${res.status}`);
  }
  return { dedup_key, status: "triggered" };
}
