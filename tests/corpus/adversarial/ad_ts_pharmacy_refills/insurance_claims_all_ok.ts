// SDK: windmill-client 1.818.0 client.mjs: `Promise.all` over task thenables rejects with the `StepSuspend` the first `then` throws, so the suspension leaves the body; a switch failure comes back as a TaskError carrying `result` and is handled inside the task instead
import { task, step, workflow } from "windmill-client";
import { z } from "zod";
import _ from "lodash";

const ClaimResponse = z.object({
  claimId: z.string(),
  adjudication: z.enum(["paid", "rejected", "pending"]),
  copayCents: z.number().int(),
});
type ClaimResponse = z.infer<typeof ClaimResponse>;

type Fill = { fillId: string; bin: string; pcn: string; memberId: string; ndc: string; qty: number };

const PBM_BASE = "https://switch.pbm-gateway.example";

const submitClaim = task(async (fill: Fill): Promise<ClaimResponse | { claimId: string; adjudication: "error" }> => {
  const settled = await Promise.allSettled([
    fetch(`${PBM_BASE}/ncpdp/b1`, { method: "POST", body: JSON.stringify(fill) }),
  ]);
  const first = settled[0];
  if (first.status === "rejected" || first.value.status >= 500) {
    return { claimId: fill.fillId, adjudication: "error" as const };
  }
  return ClaimResponse.parse(await first.value.json());
});

const loadFills = task(async (batchId: string): Promise<Fill[]> => {
  const r = await fetch(`https://api.rxhub.example/v2/batches/${batchId}/fills`);
  return (await r.json()) as Fill[];
});

const postCopays = task(async (batchId: string, paid: ClaimResponse[]) => {
  await fetch(`https://api.rxhub.example/v2/batches/${batchId}/copays`, {
    method: "PUT",
    body: JSON.stringify(paid.map((p) => ({ claimId: p.claimId, copayCents: p.copayCents }))),
  });
  return paid.length;
});

export const main = workflow(async (batchId: string) => {
  const fills = await loadFills(batchId);
  const paid: ClaimResponse[] = [];
  let rejected = 0;
  let errored = 0;

  for (const chunk of _.chunk(fills, 25)) {
    const answers = await Promise.all(chunk.map((f) => submitClaim(f)));
    for (const a of answers) {
      if (a.adjudication === "paid") paid.push(a as ClaimResponse);
      else if (a.adjudication === "rejected") rejected++;
      else if (a.adjudication === "error") errored++;
    }
  }

  const posted = paid.length ? await postCopays(batchId, paid) : 0;
  return { batchId, posted, rejected, errored, total: fills.length };
});
