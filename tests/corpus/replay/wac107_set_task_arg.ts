// Pass the distinct ids to another script: its job's arguments are JSON.
import { taskScript, workflow } from "windmill-client";

const archive = taskScript("f/archive/count_ids");

export const main = workflow(async (ids: string[]) => {
  return await archive({ ids: new Set(ids) }); // expect: WAC107
});
