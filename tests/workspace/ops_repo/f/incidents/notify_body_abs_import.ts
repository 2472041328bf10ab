// SDK: windmill-client 1.818.0 replays the workflow body; /f/web/http.ts post() calls fetch.
import { task, workflow } from "windmill-client";
import { post } from "/f/web/http.ts";

const summarise = task(async (incident: { id: string }) => `incident ${incident.id}`);

export const main = workflow(async (incidentId: string) => {
  const incident = (await post("/incidents/lookup", { id: incidentId })) as { id: string }; // expect: WAC101
  return await summarise(incident);
});
