import { taskScript, workflow } from "windmill-client";

const digest = taskScript("u/bob/digest");

export const main = workflow(async (day: string) => {
  const a = await digest({ day, maxItems: 5 }); // expect: WAC402
  const b = await digest({ day, include_drafts: "yes" }); // expect: WAC402
  return [a, b];
});
