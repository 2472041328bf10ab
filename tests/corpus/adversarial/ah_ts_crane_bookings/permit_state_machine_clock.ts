// SDK: windmill-client 1.818.0 client.mjs workflow(): the body re-runs each round; the Choice state reads Date.now() directly, so a replay after the council's reply can take the other branch and dispatch a different task under the same key sequence
import { task, workflow, sleep } from "windmill-client";

// Ported from an AWS Step Functions state machine (ASL): Submit -> Wait -> Poll -> Choice -> (Approved | Escalate | Wait).

type StateName = "Submit" | "Wait" | "Poll" | "Choice" | "Escalate" | "Done";
type Ctx = { permitId?: string; status?: "pending" | "granted" | "refused"; polls: number; submittedAtMs: number };

const submitPermit = task(async (site: string, craneId: string, oversailing: boolean) => {
  const r = await fetch("https://permits.council.example/api/crane-oversail", {
    method: "POST",
    body: JSON.stringify({ site, craneId, oversailing }),
  });
  return (await r.json()) as { permitId: string; submittedAtMs: number };
});

const pollPermit = task(async (permitId: string) => {
  const r = await fetch(`https://permits.council.example/api/crane-oversail/${permitId}`);
  return ((await r.json()) as { status: "pending" | "granted" | "refused" }).status;
});

const escalate = task(async (permitId: string, site: string) => {
  await fetch("https://sitehub.ridgeway-build.example/api/escalations", {
    method: "POST",
    body: JSON.stringify({ permitId, site, reason: "permit SLA breached" }),
  });
});

const SLA_MS = 5 * 24 * 3600 * 1000;

export const main = workflow(async (site: string, craneId: string, oversailing = true) => {
  let state: StateName = "Submit";
  const ctx: Ctx = { polls: 0, submittedAtMs: 0 };
  while (state !== "Done") {
    switch (state) {
      case "Submit": {
        const s = await submitPermit(site, craneId, oversailing);
        ctx.permitId = s.permitId;
        ctx.submittedAtMs = s.submittedAtMs;
        state = "Wait";
        break;
      }
      case "Wait":
        await sleep(6 * 3600);
        state = "Poll";
        break;
      case "Poll":
        ctx.status = await pollPermit(ctx.permitId!);
        ctx.polls++;
        state = "Choice";
        break;
      case "Choice":
        if (ctx.status !== "pending") state = "Done";
        else if (Date.now() - ctx.submittedAtMs > SLA_MS) state = "Escalate"; // expect: WAC102
        else state = "Wait";
        break;
      case "Escalate":
        await escalate(ctx.permitId!, site);
        state = "Done";
        break;
    }
  }
  return { permitId: ctx.permitId, status: ctx.status ?? "pending", polls: ctx.polls };
});
