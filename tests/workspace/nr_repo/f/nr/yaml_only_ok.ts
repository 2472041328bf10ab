import { taskScript, workflow } from "windmill-client";

const cleanup = taskScript("f/nr/targets/cleanup");

export const main = workflow(async (bucket: string) => {
  return await cleanup({ bucket, days: 7 });
});
