import { taskScript, workflow } from "windmill-client";

const greet = taskScript("u/alice/greet");

export const main = workflow(async (who: string) => {
  return await greet({ who, loud: true });
});
