// SDK: windmill-client 1.818.0 client.mjs `step`: the id is drawn once inside the step and replayed from the checkpoint on every later round.
import { sleep, step, task, workflow } from "windmill-client";

type Severity = "sev1" | "sev2" | "sev3";

const openChannel = task(async (incidentId: string, title: string) => ({ channel: `#inc-${incidentId.slice(0, 8)}` }));
const pageOnCall = task(async (incidentId: string, severity: Severity) => ({ paged: true }));
const draftPostmortem = task(async (incidentId: string, channel: string) => ({ doc: `https://docs.example.com/${incidentId}` }));

export const main = workflow(async (title: string, severity: Severity = "sev2", followUpHours: number = 48) => {
  const incidentId = await step("incident_id", () => crypto.randomUUID());
  const { channel } = await openChannel(incidentId, title);
  if (severity !== "sev3") await pageOnCall(incidentId, severity);
  await sleep(followUpHours * 3600);
  return await draftPostmortem(incidentId, channel);
});
