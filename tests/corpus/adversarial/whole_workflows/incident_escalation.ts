// SDK: windmill-client 1.818.0 client.mjs: only task()/step() results are checkpointed; a plain helper the body awaits runs its fetch again on every replay.
import { sleep, step, task, workflow } from "windmill-client";

const PAGERDUTY = "https://api.pagerduty.com";
const ESCALATION_WAIT_S = 15 * 60;

type Incident = { id: string; service: string; severity: "sev1" | "sev2" | "sev3"; title: string };
type Ack = { acknowledged: boolean; by?: string };

const pageOncall = task(async (service: string, incidentId: string, level: number) => {
  const res = await fetch(`${PAGERDUTY}/incidents/${incidentId}/escalate`, {
    method: "PUT",
    body: JSON.stringify({ service, escalation_level: level }),
  });
  return res.ok;
});

const checkAck = task(async (incidentId: string): Promise<Ack> => {
  const res = await fetch(`${PAGERDUTY}/incidents/${incidentId}`);
  const body = (await res.json()) as { incident: { status: string; acknowledger?: string } };
  return { acknowledged: body.incident.status !== "triggered", by: body.incident.acknowledger };
});

async function openStatusPage(incident: Incident): Promise<string> {
  const res = await fetch("https://statuspage.example.com/api/incidents", {
    method: "POST",
    body: JSON.stringify({ name: incident.title, impact: incident.severity === "sev1" ? "critical" : "minor" }),
  });
  const created = (await res.json()) as { id: string };
  return created.id;
}

function maxLevels(sev: Incident["severity"]): number {
  switch (sev) {
    case "sev1":
      return 3;
    case "sev2":
      return 2;
    default:
      return 1;
  }
}

export const main = workflow(async (incident: Incident) => {
  let statusPageId: string | null = null;
  if (incident.severity === "sev1") {
    statusPageId = await openStatusPage(incident); // expect: WAC101
  }

  for (let level = 1; level <= maxLevels(incident.severity); level++) {
    await pageOncall(incident.service, incident.id, level);
    await sleep(ESCALATION_WAIT_S);
    const ack = await checkAck(incident.id);
    if (ack.acknowledged) {
      return { incident: incident.id, acknowledgedBy: ack.by, level, statusPageId };
    }
  }

  const gaveUpAt = await step("gave_up_at", () => new Date().toISOString());
  return { incident: incident.id, acknowledgedBy: null, gaveUpAt, statusPageId };
});
