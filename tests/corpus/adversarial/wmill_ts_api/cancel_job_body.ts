// SDK: windmill-client 1.818.0 client.mjs cancelJob(): a JobService cancel request.
import { cancelJob, task, workflow } from "windmill-client";

const check = task(async (jobId: string) => ({ jobId, stuck: true }));

export const main = workflow(async (jobId: string) => {
  const state = await check(jobId);
  if (state.stuck) {
    await cancelJob(state.jobId, "stuck for too long"); // expect: WAC101
  }
  return state;
});
