// SDK: windmill-client 1.818.0 taskFlow sends the object as the subflow's inputs (escalate's schema).
import { taskFlow, workflow } from "windmill-client";

const escalate = taskFlow("f/ops/escalate");

export const main = workflow(async (incidentId: string, level: number = 1) => {
  return await escalate({ incident_id: incidentId, level, note: "auto-escalated" });
});
