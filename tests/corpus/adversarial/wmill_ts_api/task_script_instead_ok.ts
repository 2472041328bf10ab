// SDK: windmill-client 1.818.0 client.mjs taskScript(): the script runs as a durable child job with a stable key.
import { task, taskScript, workflow } from "windmill-client";

const collect = task(async (day: string) => ({ day, files: 3 }));
const summarize = taskScript("f/reports/summarize");

export const main = workflow(async (day: string) => {
  const c = await collect(day);
  return await summarize({ day: c.day, files: c.files });
});
