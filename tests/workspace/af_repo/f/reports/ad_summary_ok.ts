// Ad summary (the fixed copy): metrics are counted and flushed inside the task.
import { task, workflow } from "windmill-client";
import { metrics } from "/f/shared/index.ts";

const NETWORKS = ["gam", "prebid", "amazon"];

const networkRevenue = task(async (network: string, day: string) => {
  const resp = await fetch(`https://adserver.internal/reports/${network}/${day}.json`);
  const body = await resp.json();
  metrics.count(`ad_revenue.${network}`, body.revenue_micros);
  await metrics.flush();
  return { network, revenueMicros: body.revenue_micros as number };
});

export const main = workflow(async (day: string) => {
  const rows = [];
  let totalMicros = 0;
  for (const network of NETWORKS) {
    const r = await networkRevenue(network, day);
    totalMicros += r.revenueMicros;
    rows.push(r);
  }
  return { day, totalUsd: totalMicros / 1e6, rows };
});
