// SDK: windmill-client 1.818.0 client.d.ts TaskOptions (snake_case: concurrency_limit, concurrency_key) and TaskRetry (attempts, delay, multiplier, max_delay).
import { task, taskFlow, workflow } from "windmill-client";

const transcode = task(async (videoId: string) => ({ videoId }), {
  timeout: 1800,
  tag: "gpu",
  concurrency_limit: 2,
  concurrency_key: "transcode",
  retry: { attempts: 2, delay: 60, multiplier: 2, max_delay: 600 },
});
const publish = taskFlow("f/media/publish", { priority: 5, timeout: 600 });

export const main = workflow(async (videoId: string) => {
  const out = await transcode(videoId);
  return await publish({ video: out.videoId });
});
