// SDK: windmill-client 1.818.0 client.mjs: `StepSuspend` extends Error and is thrown from the pending task's `then`; the Go-style `tryCatch` helper turns it into `[err, null]`, so the body records every sample as failed and carries on dispatching
import { task, workflow } from "windmill-client";

type Result<T> = [unknown, null] | [null, T];

async function tryCatch<T>(p: PromiseLike<T>): Promise<Result<T>> {
  try {
    return [null, await p];
  } catch (e: unknown) {
    return [e, null];
  }
}

type Vcf = { sample: string; path: string; variants: number };

const callVariants = task(
  async (sample: string, bam: string, caller: "deepvariant" | "gatk"): Promise<Vcf> => {
    const r = await fetch("https://compute.helixlab.example/variants", {
      method: "POST",
      body: JSON.stringify({ sample, bam, caller }),
    });
    if (!r.ok) throw new Error(`${caller} failed for ${sample}`);
    return await r.json();
  },
  { timeout: 14_400 },
);

const flagForReview = task(async (sample: string, reason: string) => {
  await fetch(`https://lims.helixlab.example/samples/${sample}/flags`, {
    method: "POST",
    body: JSON.stringify({ reason }),
  });
});

export const main = workflow(async (bams: { sample: string; bam: string }[], caller: "deepvariant" | "gatk" = "deepvariant") => {
  const called: Vcf[] = [];
  for (const { sample, bam } of bams) {
    const [err, vcf] = await tryCatch(callVariants(sample, bam, caller)); // expect: WAC202
    if (err !== null || vcf === null) {
      await flagForReview(sample, err instanceof Error ? err.message : String(err));
      continue;
    }
    called.push(vcf);
  }
  return { called: called.length, total: bams.length };
});
