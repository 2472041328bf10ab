// SDK: windmill-client 1.818.0 client.d.ts `TaskRetry` has `attempts`, `delay`, `multiplier`, `max_delay`; `retryDelaySeconds` reads only those, so `backoffSeconds` is ignored and the three retries fire at once
import { task, taskScript, workflow } from "windmill-client";

type PoolPlan = { poolId: string; libraries: string[]; targetNm: number };

const RETRY = { attempts: 3, backoffSeconds: 60 }; // expect: WAC302

const quantifyLibrary = task(
  async (library: string): Promise<{ library: string; nM: number }> => {
    const r = await fetch(`https://instruments.helixlab.example/qubit/${library}`);
    if (r.status === 503) throw new Error("Qubit busy");
    return await r.json();
  },
  { timeout: 600, retry: RETRY },
);

const robotNormalize = taskScript("f/lab/hamilton_normalize", { timeout: 3600 });

function volumes(plan: PoolPlan, conc: { library: string; nM: number }[]) {
  return conc.map(({ library, nM }) => ({
    library,
    ul: Math.round(((plan.targetNm * 10) / Math.max(nM, 0.1)) * 100) / 100,
  }));
}

export const main = workflow(async (plan: PoolPlan) => {
  const conc = await Promise.all(plan.libraries.map((l) => quantifyLibrary(l)));
  const low = conc.filter((c) => c.nM < plan.targetNm);
  if (low.length > plan.libraries.length / 2) {
    return { poolId: plan.poolId, status: "too_dilute", low: low.map((c) => c.library) };
  }
  const job = await robotNormalize({ pool_id: plan.poolId, volumes: volumes(plan, conc) });
  return { poolId: plan.poolId, status: "normalized", job };
});
