import { taskScript, workflow } from "windmill-client";

const report = taskScript("f/pr/targets/report");

export const main = workflow(async (title: string, count: number) => {
  const a = await report({ title, count, verbose: "no" }); // expect: WAC402
  const b = await report({ title, count: String(count), verbose: false }); // expect: WAC402
  const c = await report({ title: count, count, verbose: true }); // expect: WAC402
  return [a, b, c];
});
