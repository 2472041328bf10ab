// SDK: windmill-client 1.818.0 index.js: each read of `job.proof` calls the task wrapper, `_nextStep` queues a `renderProof` step and returns a bare `{ then }`; the `if` only tests that object (always truthy) and drops it
// Team code: specimen PDFs; a job object exposes its proof as a getter, as the old Mastra step did with `context.getStepResult`.
import { task, workflow } from "windmill-client";

const renderProof = task(async function renderProof(family: string, sample: string) {
  const r = await fetch("https://render.kernhaus.example/api/proofs", {
    method: "POST",
    body: JSON.stringify({ family, sample }),
  });
  return ((await r.json()) as { pdfUrl: string }).pdfUrl;
});

class SpecimenJob {
  constructor(
    readonly family: string,
    readonly sample: string,
  ) {}

  get proof() {
    return renderProof(this.family, this.sample);
  }
}

export const main = workflow(async (families: string[], sample: string) => {
  const queued: string[] = [];
  for (const family of families) {
    const job = new SpecimenJob(family, sample);
    if (job.proof) queued.push(family); // expect: WAC106
  }
  return { queued };
});
