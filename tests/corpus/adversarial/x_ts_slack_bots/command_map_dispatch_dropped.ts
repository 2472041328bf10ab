// SDK: windmill-client 1.818.0 task(): a wrapper read out of an object map is still the wrapper; calling it queues a step whose { then } must be awaited
import { task, workflow } from "windmill-client";

type SlashCommand = { verb: "ack" | "resolve" | "page"; incidentId: string; user: string; responseUrl: string };

const ackIncident = task(async (incidentId: string, user: string) => {
  const r = await fetch(`https://incidents.internal/api/${incidentId}/ack`, {
    method: "POST",
    body: JSON.stringify({ by: user }),
  });
  return r.ok;
});

const resolveIncident = task(async (incidentId: string, user: string) => {
  const r = await fetch(`https://incidents.internal/api/${incidentId}/resolve`, {
    method: "POST",
    body: JSON.stringify({ by: user }),
  });
  return r.ok;
});

const pageOncall = task(async (incidentId: string, user: string) => {
  const r = await fetch("https://oncall.internal/api/page", {
    method: "POST",
    body: JSON.stringify({ incidentId, requestedBy: user }),
  });
  return r.ok;
});

const reply = task(async (responseUrl: string, text: string) => {
  await fetch(responseUrl, { method: "POST", body: JSON.stringify({ text }) });
});

const HANDLERS = {
  ack: ackIncident,
  resolve: resolveIncident,
  page: pageOncall,
};

export const main = workflow(async (cmd: SlashCommand) => {
  HANDLERS[cmd.verb](cmd.incidentId, cmd.user); // expect: WAC106
  await reply(cmd.responseUrl, `Done: ${cmd.verb} on ${cmd.incidentId}`);
  return { verb: cmd.verb };
});
