// SDK: windmill-client 1.818.0 step(name, fn) checkpoints fn's value; the replay reads it back.
import { step, task, workflow } from "windmill-client";
import { newIncidentId } from "../web/ids.ts";

const register = task(async (id: string, title: string) => ({ id, title }));

export const main = workflow(async (title: string) => {
  const id = await step("incident_id", () => newIncidentId());
  return await register(id, title);
});
