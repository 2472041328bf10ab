// SDK: windmill-client 1.818.0; /f/web/db.ts creates a pg Pool at load (lazy), queries run in a task.
import { task, workflow } from "windmill-client";
import { countOpen } from "/f/web/db.ts";

const openCount = task(async (team: string) => countOpen(team));

export const main = workflow(async (team: string) => {
  const open = await openCount(team);
  return { team, open };
});
