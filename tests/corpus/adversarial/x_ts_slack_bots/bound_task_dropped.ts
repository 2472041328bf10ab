// SDK: windmill-client 1.818.0 task() wrapper: calling it (also through Function.prototype.bind) runs ctx._nextStep, which queues the step and returns a bare { then }; nothing suspends until it is awaited
import { task, step, workflow } from "windmill-client";
import { WebClient } from "@slack/web-api";

type Incident = { id: string; channel: string; severity: "sev1" | "sev2" | "sev3"; title: string };

const postToChannel = task(async (channel: string, text: string) => {
  const slack = new WebClient(process.env.SLACK_BOT_TOKEN);
  const res = await slack.chat.postMessage({ channel, text });
  return { ts: res.ts ?? null };
});

const openStatusPage = task(async (incident: Incident) => {
  const resp = await fetch("https://api.statuspage.io/v1/pages/abc/incidents", {
    method: "POST",
    headers: { Authorization: `OAuth ${process.env.STATUSPAGE_KEY}` },
    body: JSON.stringify({ incident: { name: incident.title, status: "investigating" } }),
  });
  return (await resp.json()).id as string;
});

export const main = workflow(async (incident: Incident, responders: string[]) => {
  const announce = postToChannel.bind(null, incident.channel);

  await announce(`:rotating_light: ${incident.severity.toUpperCase()} ${incident.title}`);

  let statusPageId: string | null = null;
  if (incident.severity === "sev1") {
    statusPageId = await openStatusPage(incident);
  }

  for (const r of responders) {
    announce(`<@${r}> you are on this incident`); // expect: WAC106
  }

  const summary = await step("summary", () => ({
    id: incident.id,
    responders: responders.length,
    statusPageId,
  }));
  return summary;
});
