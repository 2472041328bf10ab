// SDK: windmill-client 1.818.0 client.mjs: `then(resolve, reject)` on the task thenable throws the StepSuspend inside the executor, which rejects the new Promise with it; the body's await rethrows it.
import { task, workflow } from "windmill-client";

const render = task(async (templateId: string) => ({ templateId, html: "<p/>" }));

export const main = workflow(async (templateId: string) => {
  const page = await new Promise((resolve, reject) => {
    render(templateId).then(resolve, reject);
  });
  return page;
});
