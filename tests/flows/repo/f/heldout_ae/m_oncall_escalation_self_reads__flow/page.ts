import * as wmill from "windmill-client";

export async function main(user: string, alert_id: string, message: string) {
  const pd = await wmill.getResource("f/oncall/pagerduty");
  const resp = await fetch("https://events.pagerduty.com/v2/enqueue", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      routing_key: pd.routing_key,
      event_action: "trigger",
      dedup_key: `${alert_id}:${user}`,
      payload: { summary: message, source: "windmill", severity: "critical", custom_details: { user } },
    }),
  });
  return { paged: user, status: resp.status };
}
