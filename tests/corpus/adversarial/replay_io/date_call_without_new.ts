// SDK: windmill-client 1.818.0 client.mjs: Date() called without new returns the current time as a string; in the body it differs on each replay.
import { task, workflow } from "windmill-client";

const stampReport = task(async (generatedAt: string, id: string) => ({ generatedAt, id }));

export const main = workflow(async (id: string) => {
  const generatedAt = Date(); // expect: WAC102
  return await stampReport(generatedAt, id);
});
