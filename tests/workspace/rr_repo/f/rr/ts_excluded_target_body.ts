import { taskScript, workflow } from "windmill-client";

const greet = taskScript("u/alice/greet"); // expect: WAC401

export const main = workflow(async (name: string) => {
  return await greet({ who: name });
});
