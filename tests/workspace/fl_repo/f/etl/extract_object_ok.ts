import { taskScript, workflow } from "windmill-client";

const extract = taskScript("f/etl/extract");

export const main = workflow(async (source: string) => {
  return await extract({ source, limit: 10 });
});
