// SDK: windmill-client 1.818.0 client.d.ts TaskOptions: tag, priority, timeout, concurrency_* and retry are all read for a taskScript target.
import { taskScript, workflow } from "windmill-client";

const render = taskScript("f/media/render", {
  tag: "gpu",
  priority: 5,
  timeout: 900,
  concurrency_limit: 1,
  concurrency_key: "render",
  concurrency_time_window_s: 60,
  retry: { attempts: 1 },
});

export const main = workflow(async (scene: string) => {
  return await render({ scene });
});
