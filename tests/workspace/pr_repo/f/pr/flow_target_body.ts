import { taskFlow, taskScript, workflow } from "windmill-client";

const ingest = taskFlow("f/pr/targets/ingest");
const rotate = taskScript("f/pr/targets/rotate");

export const main = workflow(async (env: string) => {
  const a = await ingest({ source: "azure" }); // expect: WAC402
  const b = await ingest({ limit: 5 }); // expect: WAC402
  const c = await rotate({ keep: 2 }); // expect: WAC402
  return [a, b, c];
});
