// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a branch on the current hour can take the other side on a replay, dispatching a task the checkpoint never saw.
import { taskScript, workflow } from "windmill-client";

const rollout = taskScript("f/deploy/rollout");
const page = taskScript("f/deploy/page_oncall");

export const main = workflow(async (service: string, regions: string[]) => {
  console.log(`[${new Date().toISOString()}] rollout of ${service}`);
  for (const region of regions) await rollout({ service, region });
  if (new Date().getUTCHours() >= 22) { // expect: WAC102
    await page({ text: `${service} rolled out late` });
  }
  return { service };
});
