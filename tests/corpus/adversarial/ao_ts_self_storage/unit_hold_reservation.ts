// SDK: windmill-client 1.818.0: a task awaited in a finally while the round suspends only rethrows the parked suspension (_rethrowSwallowed in _nextStep), so it runs only once the try has finished; a step's value crosses as JSON, so a Date returned by the step comes back as a string in the round that replays it
import { step, task, waitForApproval, workflow } from "windmill-client";

type HoldRequest = { facility: string; unitType: string; customerEmail: string; moveInDate: string };

const PMS = "https://pms.example-storage.com/api";

const placeHold = task(async (req: HoldRequest): Promise<{ holdId: string; unit: string }> => {
  const r = await fetch(`${PMS}/facilities/${req.facility}/holds`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ unitType: req.unitType, email: req.customerEmail, moveIn: req.moveInDate }),
  });
  if (!r.ok) throw new Error(`hold ${r.status}`);
  return (await r.json()) as { holdId: string; unit: string };
});

const releaseHold = task(async (holdId: string) => {
  await fetch(`${PMS}/holds/${holdId}`, { method: "DELETE" });
  return holdId;
});

const convertToLease = task(async (holdId: string, startsOn: string) => {
  const r = await fetch(`${PMS}/holds/${holdId}/convert`, { method: "POST", body: JSON.stringify({ startsOn }) });
  if (!r.ok) throw new Error(`convert ${r.status}`);
  return ((await r.json()) as { leaseId: string }).leaseId;
});

export const main = workflow(async (req: HoldRequest) => {
  const hold = await placeHold(req);
  let leaseId: string | null = null;
  try {
    const expires = await step("hold_expires", () => new Date(Date.now() + 48 * 3600_000)); // expect: WAC107
    const decision = await waitForApproval({ timeout: 48 * 3600, form: { properties: { confirm: { type: "boolean" } } } });
    if (decision.approved && decision.value?.confirm) {
      leaseId = await convertToLease(hold.holdId, req.moveInDate);
    }
    return { unit: hold.unit, leaseId, holdExpired: expires.getTime() < Date.parse(req.moveInDate) };
  } finally {
    if (!leaseId) await releaseHold(hold.holdId);
  }
});
