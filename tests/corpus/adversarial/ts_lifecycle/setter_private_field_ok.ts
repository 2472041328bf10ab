// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; this setter only validates and stores in a private field, the same on every replay.
import { task, workflow } from "windmill-client";

class JobState {
  #status = "new";

  set status(value: string) {
    if (!["new", "running", "done"].includes(value)) throw new Error(`bad status ${value}`);
    this.#status = value;
  }

  get status() {
    return this.#status;
  }
}

const transcode = task(async (jobId: string) => ({ jobId, done: true }));

export const main = workflow(async (jobId: string) => {
  const state = new JobState();
  state.status = "running";
  const result = await transcode(jobId);
  state.status = "done";
  return { ...result, status: state.status };
});
