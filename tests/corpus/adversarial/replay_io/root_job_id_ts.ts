// SDK: windmill-client 1.818.0 client.mjs getRootJobId() calls JobService.getRootJobId over the API: a request per replay in the body.
import { getRootJobId, task, workflow } from "windmill-client";

const tagRun = task(async (root: string, label: string) => `${root}:${label}`);

export const main = workflow(async (label: string) => {
  const root = await getRootJobId(); // expect: WAC101
  return await tagRun(root, label);
});
