// SDK: windmill-client 1.818.0 client.mjs _nextStep(): a failed task reaches the body as taskErrorFromMarker(...) built from the child job's serialized error, never the CertExpiredError instance the task threw, so the renewal branch never runs
import { task, workflow, sleep } from "windmill-client";

class CertExpiredError extends Error {
  constructor(readonly operatorId: string, readonly expiredOn: string) {
    super(`operator ${operatorId} certificate expired on ${expiredOn}`);
    this.name = "CertExpiredError";
  }
}

type Booking = { craneId: string; operatorId: string; start: string; hours: number };

const assignOperator = task(async (b: Booking) => {
  const r = await fetch(`https://cpcs.register.example/api/cards/${b.operatorId}`);
  const card = (await r.json()) as { valid: boolean; expires: string };
  if (!card.valid) throw new CertExpiredError(b.operatorId, card.expires);
  await fetch("https://sitehub.ridgeway-build.example/api/assignments", { method: "POST", body: JSON.stringify(b) });
  return b.operatorId;
});

const requestRenewal = task(async (operatorId: string) => {
  await fetch("https://training.ridgeway-build.example/api/renewals", {
    method: "POST",
    body: JSON.stringify({ operatorId, course: "A04" }),
  });
});

export const main = workflow(async (bookings: Booking[], relief: string) => {
  const assigned: Record<string, string> = {};
  for (const b of bookings) {
    try {
      assigned[b.craneId] = await assignOperator(b);
    } catch (e: unknown) {
      if (e instanceof CertExpiredError) { // expect: WAC204
        await requestRenewal(e.operatorId);
        await sleep(60);
        assigned[b.craneId] = await assignOperator({ ...b, operatorId: relief });
      } else {
        throw e;
      }
    }
  }
  return assigned;
});
