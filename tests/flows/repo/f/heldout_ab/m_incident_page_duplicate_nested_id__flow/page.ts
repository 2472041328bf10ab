import * as wmill from "windmill-client";

export async function main(check: { id: string; name: string; owner: string }) {
  const pd = await wmill.getResource("f/sre/pagerduty_events");
  const res = await fetch("https://events.pagerduty.com/v2/enqueue", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      routing_key: pd.routing_key,
      event_action: "trigger",
      dedup_key: `checkly-${check.id}`,
      payload: { summary: `${check.name} failing`, source: "checkly", severity: "critical", group: check.owner },
    }),
  });
  return { paged: res.ok };
}
