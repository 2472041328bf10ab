import { taskScript, workflow } from "windmill-client";

const enrich = taskScript("f/pr/targets/Enrich_mod"); // expect: WAC401

export const main = workflow(async (id: number) => {
  return await enrich({ record_id: id });
});
