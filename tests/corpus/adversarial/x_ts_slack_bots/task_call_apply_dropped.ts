// SDK: windmill-client 1.818.0 task(): Function.prototype.call / apply invoke the wrapper like a direct call, so the step is queued in _nextStep and only suspends when its { then } is awaited
import { task, workflow } from "windmill-client";

type Escalation = { incidentId: string; level: number; oncall: string[] };

const pageUser = task(async (user: string, message: string) => {
  const r = await fetch("https://api.pagerduty.com/incidents", {
    method: "POST",
    headers: { Authorization: `Token token=${process.env.PD_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ user, message }),
  });
  return r.status;
});

const raiseLevel = task(async (incidentId: string, level: number) => {
  const r = await fetch(`https://incidents.internal/api/${incidentId}/level`, {
    method: "PUT",
    body: JSON.stringify({ level }),
  });
  return (await r.json()) as { level: number };
});

export const main = workflow(async (esc: Escalation) => {
  const raised = await raiseLevel.apply(null, [esc.incidentId, esc.level + 1]);

  for (const user of esc.oncall) {
    pageUser.call(undefined, user, `Incident ${esc.incidentId} escalated to L${raised.level}`); // expect: WAC106
  }

  return { level: raised.level, paged: esc.oncall.length };
});
