// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on every replay; an optional call (`?.()`) of a helper that posts still posts whenever the helper is there.
import { task, workflow } from "windmill-client";

async function postToSlack(webhook: string, text: string): Promise<number> {
  const res = await fetch(webhook, { method: "POST", body: JSON.stringify({ text }) });
  return res.status;
}

const hooks: { slack?: (webhook: string, text: string) => Promise<number> } = { slack: postToSlack };

const refreshDashboards = task(async (team: string) => ({ team, refreshed: 4 }));

export const main = workflow(async (team: string, webhook?: string) => {
  const result = await refreshDashboards(team);
  if (webhook) await hooks.slack?.(webhook, `${result.refreshed} dashboards refreshed`); // expect: WAC101
  return result;
});
