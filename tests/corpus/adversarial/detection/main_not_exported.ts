// SDK: windmill-client 1.818.0 client.mjs workflow(); Windmill's Bun wrapper imports `main` from the module, so an unexported workflow is never found.
import { task, workflow } from "windmill-client";

const syncCalendar = task(async (userId: string) => ({ userId, synced: true }));

const main = workflow(async (userIds: string[]) => { // expect: WAC005
  const out = [];
  for (const id of userIds) out.push(await syncCalendar(id));
  return out;
});
