// SDK: windmill-client 1.818.0 client.mjs: methods the workflow calls run as body code on every replay; the method that stamps `Date.now()` passes another value to the task each round.
import { task, workflow } from "windmill-client";

type Job = { id: string; payload: Record<string, unknown> };

const submitJob = task(async (job: Job, submittedAt: number) => ({ id: job.id, accepted: true }));
const collectResult = task(async (jobId: string) => ({ jobId, status: "done" }));

class Orchestrator {
  private submitted: string[] = [];

  constructor(private readonly jobs: Job[]) {}

  private stamp(): number {
    return Date.now();
  }

  async submitAll(): Promise<string[]> {
    for (const job of this.jobs) {
      const r = await submitJob(job, this.stamp());
      if (r.accepted) this.submitted.push(r.id);
    }
    return this.submitted;
  }

  async collect(): Promise<{ jobId: string; status: string }[]> {
    const out = [];
    for (const id of this.submitted) out.push(await collectResult(id));
    return out;
  }
}

export const main = workflow(async (jobs: Job[]) => {
  const orchestrator = new Orchestrator(jobs);
  const submitted = await orchestrator.submitAll(); // expect: WAC102
  const results = await orchestrator.collect();
  return { submitted, results };
});
