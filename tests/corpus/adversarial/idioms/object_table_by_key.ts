// SDK: windmill-client 1.818.0 client.mjs `workflow`: the body is re-run on every replay; `channels[channel](...)` picks a function of the file's table, and the chosen one posts with `fetch` in the body.
import { task, workflow } from "windmill-client";

const channels: Record<string, (text: string) => Promise<unknown>> = {
  slack: (text) => fetch("https://hooks.slack.example.com/T/B/X", { method: "POST", body: JSON.stringify({ text }) }),
  teams: (text) => fetch("https://teams.example.com/webhook/abc", { method: "POST", body: JSON.stringify({ text }) }),
};

const closeIncident = task(async function closeIncident(incidentId: string) {
  return { incidentId, status: "closed" };
});

export const main = workflow(async (incidentId: string, channel: "slack" | "teams") => {
  const closed = await closeIncident(incidentId);
  await channels[channel](`incident ${closed.incidentId} closed`); // expect: WAC101
  return closed;
});
