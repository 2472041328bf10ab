// SDK: windmill-client 1.818.0: a catch inside a task body is ordinary code; the body's catch rethrows what is not a task failure
import { sleep, step, task, workflow } from "windmill-client";

type Claim = { instrument: string; owner: string; damage: string; valueEur: number };

const submitClaim = task(async (claim: Claim) => {
  try {
    const res = await fetch("https://insurer.example.com/claims", { method: "POST", body: JSON.stringify(claim) });
    if (!res.ok) return { ok: false as const, reason: `HTTP ${res.status}` };
    return { ok: true as const, ref: ((await res.json()) as { ref: string }).ref };
  } catch (e) {
    return { ok: false as const, reason: String(e) };
  }
});

const claimStatus = task(async (ref: string) => {
  const res = await fetch(`https://insurer.example.com/claims/${ref}`);
  return ((await res.json()) as { status: "open" | "approved" | "denied" }).status;
});

function isTaskFailure(e: unknown): boolean {
  return e instanceof Error && e.name === "TaskError";
}

export const main = workflow(async (claim: Claim, maxPolls = 20) => {
  const submitted = await submitClaim(claim);
  if (!submitted.ok) return { submitted: false, reason: submitted.reason };
  let status: string = "open";
  for (let i = 0; i < maxPolls && status === "open"; i++) {
    await sleep(6 * 3600);
    try {
      status = await claimStatus(submitted.ref);
    } catch (e) {
      if (!isTaskFailure(e)) throw e;
      status = "open";
    }
  }
  const closedAt = await step("closed_at", () => Date.now());
  return { ref: submitted.ref, status, closedAt: new Date(closedAt).toISOString() };
});
