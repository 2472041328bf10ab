import { taskScript, workflow } from "windmill-client";

const enrich = taskScript("f/pr/targets/enrich");

export const main = workflow(async (id: string) => {
  return await enrich({ user_id: id, fields: ["email", "name"], verbose: true });
});
