// SDK: windmill-client 1.818.0 task(fn) runs fn as its own job, once; fetch belongs there.
import { task, workflow } from "windmill-client";
import { post } from "/f/web/http.ts";

const lookup = task(async (incidentId: string) => {
  return (await post("/incidents/lookup", { id: incidentId })) as { id: string; open: boolean };
});

export const main = workflow(async (incidentId: string) => {
  const incident = await lookup(incidentId);
  return incident.open;
});
