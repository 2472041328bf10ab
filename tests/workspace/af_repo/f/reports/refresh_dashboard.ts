// Refresh a BI dashboard's extracts.
import * as wmill from "windmill-client";

export async function main(dashboard_id: string, force = false) {
  const token = await wmill.getVariable("f/reports/bi_token");
  const resp = await fetch(`https://bi.internal/api/dashboards/${dashboard_id}/refresh`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: JSON.stringify({ force, requestedAt: new Date().toISOString() }),
  });
  return { dashboard_id, status: resp.status };
}
