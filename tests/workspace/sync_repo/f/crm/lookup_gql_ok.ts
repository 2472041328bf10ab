import { taskScript, workflow } from "windmill-client";

const find = taskScript("f/crm/find_contact");

export const main = workflow(async (email: string) => {
  return await find({ api: "$res:f/crm/hubspot", email });
});
