// SDK: windmill-client 1.818.0 client.mjs: the first task's `then` throws `StepSuspend` (an Error) through `_raiseSuspend`; `Promise.allSettled` turns it into a "rejected" entry the body filters away and the run goes on as if the claims were answered
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

const submitClaim = task(async (fill: Fill): Promise<ClaimResponse> => {
  const r = await fetch(`${PBM_BASE}/ncpdp/b1`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(fill),
  });
  if (r.status >= 500) throw new Error(`switch down: ${r.status}`);
  return ClaimResponse.parse(await r.json());
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
  const chunks = _.chunk(fills, 25);
  const paid: ClaimResponse[] = [];
  let rejected = 0;

  for (const chunk of chunks) {
    const settled = await Promise.allSettled(chunk.map((f) => submitClaim(f))); // expect: WAC202
    for (const s of settled) {
      if (s.status === "fulfilled" && s.value.adjudication === "paid") paid.push(s.value);
      else if (s.status === "fulfilled" && s.value.adjudication === "rejected") rejected++;
      // failures of the switch are retried by tomorrow's batch
    }
  }

  const posted = paid.length ? await postCopays(batchId, paid) : 0;
  return await step("result", () => ({ batchId, posted, rejected, total: fills.length }));
});
