// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on replay; a table of pure formatters picked by a computed key gives the same text each round, and the post is a task.
import { task, workflow } from "windmill-client";

const formats: Record<string, (id: string, status: string) => string> = {
  slack: (id, status) => `:white_check_mark: incident *${id}* ${status}`,
  teams: (id, status) => `Incident ${id}: ${status}`,
};

const closeIncident = task(async function closeIncident(incidentId: string) {
  return { incidentId, status: "closed" };
});

const notify = task(async function notify(channel: string, text: string) {
  const res = await fetch(`https://notify.example.com/${channel}`, { method: "POST", body: text });
  return res.status;
});

export const main = workflow(async (incidentId: string, channel: "slack" | "teams") => {
  const closed = await closeIncident(incidentId);
  const text = formats[channel](closed.incidentId, closed.status);
  return await notify(channel, text);
});
