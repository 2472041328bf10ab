type Pagerduty = { routing_key: string };

export async function main(pagerduty: Pagerduty, summary: string, priority: "low" | "high" | "urgent" = "high") {
  const res = await fetch("https://events.pagerduty.com/v2/enqueue", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      routing_key: pagerduty.routing_key,
      event_action: "trigger",
      payload: { summary, severity: priority === "urgent" ? "critical" : "error", source: "zendesk" },
    }),
  });
  return { status: res.status, dedup_key: (await res.json()).dedup_key as string };
}
