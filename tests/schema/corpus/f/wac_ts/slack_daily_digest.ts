// Morning digest: gather metrics from three systems concurrently, format the
// message in a checkpointed step, and post it to Slack.
import { task, workflow, step } from "windmill-client";

type Incident = { title: string };

const signupsYesterday = task(async (): Promise<number> => {
  return (await (await fetch("https://app.example/internal/metrics/signups?range=1d")).json()).count;
});

const revenueYesterday = task(async (): Promise<number> => {
  return (await (await fetch("https://billing.example/internal/metrics/revenue?range=1d")).json()).total;
});

const openIncidents = task(async (): Promise<Incident[]> => {
  return await (await fetch("https://status.example/api/incidents?state=open")).json();
});

const postSlack = task(async (channel: string, text: string) => {
  const res = await fetch(`https://hooks.slack.example/${channel}`, { method: "POST", body: JSON.stringify({ text }) });
  if (!res.ok) throw new Error(`slack: ${res.status}`);
});

function formatDigest(signups: number, revenue: number, incidents: Incident[]): string {
  const lines = [`*Signups:* ${signups}`, `*Revenue:* $${revenue.toFixed(2)}`];
  if (incidents.length) lines.push(`*Open incidents:* ${incidents.map((i) => i.title).join(", ")}`);
  return lines.join("\n");
}

export const main = workflow(async (channel: string = "general") => {
  const [signups, revenue, incidents] = await Promise.all([signupsYesterday(), revenueYesterday(), openIncidents()]);
  const text = await step("format_digest", () => formatDigest(signups, revenue, incidents));
  await postSlack(channel, text);
  return { posted: true };
});
