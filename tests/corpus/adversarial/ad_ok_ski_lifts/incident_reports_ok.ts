// SDK: windmill-client 1.818.0 an e.name === "TaskError" test with an else that rethrows; uuid v5 of the input is deterministic; JSON.stringify of a task result in the body
import { task, workflow } from "windmill-client";
import { v5 as uuidv5 } from "uuid";

const NS = "3c0b8f2e-6a0d-4f0e-9f3b-2a3d7e1c9b44";

type Incident = { patrol: string; trail: string; injury: string; occurredAt: string };

const fileReport = task(async (id: string, incident: Incident) => {
  const res = await fetch(`https://risk.resort.example/incidents/${id}`, { method: "PUT", body: JSON.stringify(incident) });
  if (!res.ok) throw new Error(`risk system ${res.status}`);
  return { id, stored: true };
});

const notifyInsurer = task(async (id: string, summary: string) => {
  const res = await fetch("https://insurer.example/claims/notice", { method: "POST", body: JSON.stringify({ id, summary }) });
  return res.ok;
});

const saveDraft = task(async (id: string, payload: string) => {
  await fetch(`https://risk.resort.example/drafts/${id}`, { method: "PUT", body: payload });
  return { id, draft: true };
});

export const main = workflow(async (incident: Incident, notify: boolean = true) => {
  const id = uuidv5(`${incident.patrol}|${incident.trail}|${incident.occurredAt}`, NS);
  try {
    const stored = await fileReport(id, incident);
    const noticed = notify ? await notifyInsurer(id, `${incident.injury} on ${incident.trail}`) : false;
    return { ...stored, noticed };
  } catch (err) {
    if (err instanceof Error && err.name === "TaskError") {
      return await saveDraft(id, JSON.stringify({ incident, error: err.message }));
    } else {
      throw err;
    }
  }
});
