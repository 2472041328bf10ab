import { taskScript, workflow } from "windmill-client";

const score = taskScript("f/pr/targets/score");

export const main = workflow(async (raw: string) => {
  const a = await score({ values: raw }); // expect: WAC402
  const b = await score({ values: [1, 2], mode: "median" }); // expect: WAC402
  const c = await score({ weight: 2 }); // expect: WAC402
  return [a, b, c];
});
