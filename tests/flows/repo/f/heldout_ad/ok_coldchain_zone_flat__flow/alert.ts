export async function main(excursions: { zone: string; sensor: string; count: number; first: string }[], pager_key: string) {
  if (excursions.length === 0) return { paged: false };
  const resp = await fetch("https://events.pagerduty.com/v2/enqueue", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      routing_key: pager_key,
      event_action: "trigger",
      payload: {
        summary: `${excursions.length} temperature excursions`,
        severity: "error",
        source: "coldchain",
        custom_details: excursions,
      },
    }),
  });
  return { paged: resp.ok };
}
