// SDK: windmill-client 1.818.0 client.mjs: StepSuspend's message is "__step_suspend__", so the timeout branch does not take it and the last statement rethrows it.
import { task, workflow } from "windmill-client";

const renderVideo = task(async (jobId: string) => ({ jobId, url: `https://cdn.example.com/${jobId}.mp4` }));

export const main = workflow(async (jobId: string) => {
  try {
    return await renderVideo(jobId);
  } catch (err) {
    if (err instanceof Error && err.message.includes("timed out")) {
      return { jobId, url: null, timedOut: true };
    }
    throw err;
  }
});
