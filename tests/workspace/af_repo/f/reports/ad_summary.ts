// Ad summary: per-network revenue for a day, counted into the pipeline metrics.
import { task, workflow } from "windmill-client";
import metrics from "/f/shared/metrics.ts";

const NETWORKS = ["gam", "prebid", "amazon"];

const networkRevenue = task(async (network: string, day: string) => {
  const resp = await fetch(`https://adserver.internal/reports/${network}/${day}.json`);
  const body = await resp.json();
  return { network, revenueMicros: body.revenue_micros as number };
});

export const main = workflow(async (day: string) => {
  const rows = [];
  let totalMicros = 0;
  for (const network of NETWORKS) {
    const r = await networkRevenue(network, day);
    metrics.count(`ad_revenue.${network}`, r.revenueMicros);
    totalMicros += r.revenueMicros;
    rows.push(r);
  }
  const sent = await metrics.flush(); // expect: WAC101
  return { day, totalUsd: totalMicros / 1e6, rows, metricsSent: sent };
});
