// SDK: windmill-client 1.818.0 taskFlow passes literals as written; escalate's `level` is an integer.
import { taskFlow, workflow } from "windmill-client";

const escalate = taskFlow("f/ops/escalate");

export const main = workflow(async (incidentId: string) => {
  return await escalate({ incident_id: incidentId, level: "two" }); // expect: WAC402
});
