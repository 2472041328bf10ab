// SDK: windmill-client 1.818.0 replays the body; ../web/ids.ts newIncidentId() calls crypto.randomUUID.
import { task, workflow } from "windmill-client";
import { newIncidentId } from "../web/ids.ts";

const register = task(async (id: string, title: string) => ({ id, title }));

export const main = workflow(async (title: string) => {
  const id = newIncidentId(); // expect: WAC102
  return await register(id, title);
});
