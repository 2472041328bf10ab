// SDK: windmill-client 1.818.0 index.js: reading `job.proof` dispatches `renderProof` through `_nextStep`; the body awaits what the getter returns, once per job
// Team code: specimen PDFs, the proof getter awaited.
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
  const proofs: Record<string, string> = {};
  for (const family of families) {
    const job = new SpecimenJob(family, sample);
    proofs[family] = await job.proof;
  }
  return { proofs };
});
