// Pass the distinct ids to a task.
import { task, workflow } from "windmill-client";

const archive = task(async (ids: string[]) => ids.length);

export const main = workflow(async (ids: string[]) => {
  return await archive(new Set(ids)); // expect: WAC107
});
