import { taskScript, workflow } from "windmill-client";

const score = taskScript("f/pr/targets/score");

export const main = workflow(async (values: number[]) => {
  return await score({ values, weight: 0.5, mode: "mean" });
});
