// SDK: windmill-client 1.818.0 branching on a task result is replayed from the checkpoint; fallthrough cases call tasks in a fixed order
import { task, workflow } from "windmill-client";

type Severity = "sev1" | "sev2" | "sev3" | "sev4";

const classifyIncident = task(async (incidentId: string): Promise<Severity> => {
  const res = await fetch(`https://incidents.internal/${incidentId}/classify`, { method: "POST" });
  return ((await res.json()) as { severity: Severity }).severity;
});

const pageOncall = task(async (incidentId: string) => {
  await fetch(`https://pager.internal/incidents/${incidentId}/page`, { method: "POST" });
  return "paged";
});

const openBridge = task(async (incidentId: string) => {
  await fetch(`https://meet.internal/bridges`, { method: "POST", body: incidentId });
  return "bridge";
});

const postStatus = task(async (incidentId: string, severity: Severity) => {
  await fetch(`https://status.internal/incidents`, { method: "POST", body: JSON.stringify({ incidentId, severity }) });
  return "status";
});

export const main = workflow(async (incidentId: string) => {
  const severity = await classifyIncident(incidentId);
  const actions: string[] = [];
  switch (severity) {
    case "sev1":
      actions.push(await openBridge(incidentId));
    // falls through
    case "sev2":
      actions.push(await pageOncall(incidentId));
    // falls through
    case "sev3":
      actions.push(await postStatus(incidentId, severity));
      break;
    default:
      break;
  }
  return { severity, actions };
});
