// SDK: windmill-client 1.818.0 client.d.ts TaskOptions has timeout/tag/cache_ttl/priority/concurrency_limit/concurrency_key/concurrency_time_window_s/retry; `timeoutSeconds` is dropped silently.
import { task, workflow } from "windmill-client";

const transcode = task(async (videoId: string) => ({ videoId }), { timeoutSeconds: 1800 }); // expect: WAC302

export const main = workflow(async (videoId: string) => {
  return await transcode(videoId);
});
