// Move-out: book the inspection flow a week out, wait, then release the deposit.
import { sleep, taskFlow, taskScript, workflow } from "/f/platform/wac.ts";
import { now } from "/f/platform/clock.ts";
import { Flows, SCRIPTS } from "/f/platform/paths.ts";

const inspection = taskFlow(Flows.MoveOut, { timeout: 3600 });
const sendReceipt = taskScript(SCRIPTS.sendReceipt);

export const main = workflow(async (leaseId: string, tenantId: string, email: string, depositCents: number) => {
  const due = new Date(now().getTime() + 7 * 86_400_000).toISOString(); // expect: WAC102
  const booked = await inspection({ lease_id: leaseId, due }); // expect: WAC402
  await sleep(7 * 86_400);
  await sendReceipt({ tenant_id: tenantId, amount_cents: depositCents, email });
  return { leaseId, booked, due };
});
