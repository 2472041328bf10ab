// SDK: windmill-client 1.818.0 client.mjs runScriptByPath(): starts a job and polls it; the body starts it again on every replay.
import * as wmill from "windmill-client";
import { task, workflow } from "windmill-client";

const collect = task(async (day: string) => ({ day, files: 3 }));

export const main = workflow(async (day: string) => {
  const c = await collect(day);
  const summary = await wmill.runScriptByPath("f/reports/summarize", { day: c.day, files: c.files }); // expect: WAC101
  return summary;
});
