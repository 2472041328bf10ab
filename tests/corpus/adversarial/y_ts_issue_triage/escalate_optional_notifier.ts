// SDK: windmill-client 1.818.0 task() thenable: an optional call `notifier?.(...)` that is not awaited never dispatches its step
import { task, workflow } from "windmill-client";

type Ticket = { id: string; title: string; priority: number; teamKey: string; slaHoursLeft: number };

const loadTicket = task(async (ticketId: string): Promise<Ticket> => {
  const res = await fetch("https://api.linear.app/graphql", {
    method: "POST",
    headers: { authorization: process.env.LINEAR_API_KEY!, "content-type": "application/json" },
    body: JSON.stringify({ query: `{ issue(id: "${ticketId}") { id title priority team { key } slaBreachesAt } }` }),
  });
  const { data } = (await res.json()) as any;
  const hoursLeft = (Date.parse(data.issue.slaBreachesAt) - Date.now()) / 3_600_000;
  return { id: data.issue.id, title: data.issue.title, priority: data.issue.priority, teamKey: data.issue.team.key, slaHoursLeft: hoursLeft };
});

const notifySlack = task(async (channel: string, text: string) => {
  await fetch("https://slack.com/api/chat.postMessage", {
    method: "POST",
    headers: { authorization: `Bearer ${process.env.SLACK_BOT_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ channel, text }),
  });
});

const notifyTeams = task(async (channel: string, text: string) => {
  await fetch(process.env.TEAMS_WEBHOOK!, { method: "POST", body: JSON.stringify({ text: `[${channel}] ${text}` }) });
});

const bumpPriority = task(async (ticketId: string, priority: number) => {
  await fetch("https://api.linear.app/graphql", {
    method: "POST",
    headers: { authorization: process.env.LINEAR_API_KEY!, "content-type": "application/json" },
    body: JSON.stringify({ query: `mutation { issueUpdate(id: "${ticketId}", input: { priority: ${priority} }) { success } }` }),
  });
  return priority;
});

const CHANNELS: Record<string, { chat?: "slack" | "teams"; channel: string }> = {
  PLAT: { chat: "slack", channel: "#platform-esc" },
  DATA: { chat: "teams", channel: "data-escalations" },
  LEGAL: { channel: "legal" },
};

export const main = workflow(async (ticketId: string) => {
  const t = await loadTicket(ticketId);
  if (t.slaHoursLeft > 4) return { ticketId, escalated: false };

  const route = CHANNELS[t.teamKey] ?? { channel: "#support-esc" };
  const notifier = route.chat === "slack" ? notifySlack : route.chat === "teams" ? notifyTeams : undefined;
  const newPriority = await bumpPriority(t.id, Math.max(1, t.priority - 1));
  notifier?.(route.channel, `SLA breach in ${t.slaHoursLeft.toFixed(1)}h: ${t.title}`); // expect: WAC106
  return { ticketId, escalated: true, priority: newPriority };
});
