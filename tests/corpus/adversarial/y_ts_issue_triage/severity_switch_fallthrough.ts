// SDK: windmill-client 1.818.0 task() returns a thenable that dispatches only when awaited/then'd in this round; an unawaited call in a switch case is lost
import { task, workflow } from "windmill-client";

type Severity = "sev1" | "sev2" | "sev3" | "sev4";

const pageOnCall = task(async (service: string, summary: string) => {
  const res = await fetch("https://events.pagerduty.com/v2/enqueue", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      routing_key: process.env.PD_ROUTING_KEY,
      event_action: "trigger",
      payload: { summary, source: service, severity: "critical" },
    }),
  });
  return ((await res.json()) as { dedup_key: string }).dedup_key;
});

const openIncidentChannel = task(async (service: string, issueKey: string) => {
  const res = await fetch("https://slack.com/api/conversations.create", {
    method: "POST",
    headers: { authorization: `Bearer ${process.env.SLACK_BOT_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ name: `inc-${issueKey.toLowerCase()}-${service}` }),
  });
  return ((await res.json()) as { channel: { id: string } }).channel.id;
});

const setJiraPriority = task(async (issueKey: string, priority: string) => {
  await fetch(`${process.env.JIRA_URL}/rest/api/3/issue/${issueKey}`, {
    method: "PUT",
    headers: { authorization: `Basic ${process.env.JIRA_BASIC}`, "content-type": "application/json" },
    body: JSON.stringify({ fields: { priority: { name: priority } } }),
  });
  return priority;
});

export const main = workflow(async (issueKey: string, service: string, severity: Severity, summary: string) => {
  const actions: string[] = [];
  switch (severity) {
    case "sev1":
      pageOnCall(service, summary); // expect: WAC106
      actions.push("paged");
    // falls through: sev1 also gets a channel
    case "sev2":
      actions.push(`channel:${await openIncidentChannel(service, issueKey)}`);
      await setJiraPriority(issueKey, "Highest");
      break;
    case "sev3":
      await setJiraPriority(issueKey, "High");
      break;
    default:
      await setJiraPriority(issueKey, "Medium");
  }
  return { issueKey, severity, actions };
});
