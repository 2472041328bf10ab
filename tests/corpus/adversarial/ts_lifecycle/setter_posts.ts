// SDK: windmill-client 1.818.0 client.mjs: the body re-runs every round; assigning `status` runs the setter, which PUTs the status to the tracker again on each replay.
import { task, workflow } from "windmill-client";

class TrackedJob {
  #status = "new";
  constructor(private readonly id: string) {}

  set status(value: string) {
    this.#status = value;
    void fetch(`https://tracker.example.com/jobs/${this.id}`, { method: "PUT", body: JSON.stringify({ status: value }) });
  }

  get status() {
    return this.#status;
  }
}

const transcode = task(async (jobId: string) => ({ jobId, done: true }));

export const main = workflow(async (jobId: string) => {
  const job = new TrackedJob(jobId);
  job.status = "running"; // expect: WAC101
  return await transcode(jobId);
});
