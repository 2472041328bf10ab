// SDK: windmill-client 1.818.0 client.mjs retryDelaySeconds(): `retry.delay` is in seconds (the backoff is a durable sleep of that many seconds); Trigger.dev's `minTimeoutInMs: 5000` ported as `delay: 5 * 1000` waits 5000 s, then 10000 s.
import { task, workflow } from "windmill-client";

type Render = { videoId: string; preset: "720p" | "1080p" };

// Trigger.dev: retry: { maxAttempts: 3, minTimeoutInMs: 5000, factor: 2 }
const transcode = task(
  async (videoId: string, preset: string) => {
    const res = await fetch("https://encoder.example.com/jobs", {
      method: "POST",
      body: JSON.stringify({ videoId, preset }),
    });
    if (res.status >= 500) throw new Error(`encoder busy (${res.status})`);
    return (await res.json()) as { outputUrl: string };
  },
  { timeout: 3600, retry: { attempts: 3, delay: 5 * 1000, multiplier: 2 } }, // expect: WAC302
);

const publish = task(async (videoId: string, outputUrl: string) => {
  await fetch(`https://cms.example.com/videos/${videoId}`, {
    method: "PATCH",
    body: JSON.stringify({ outputUrl, status: "ready" }),
  });
  return true;
});

export const main = workflow(async (job: Render) => {
  const { outputUrl } = await transcode(job.videoId, job.preset);
  await publish(job.videoId, outputUrl);
  return { videoId: job.videoId, outputUrl };
});
