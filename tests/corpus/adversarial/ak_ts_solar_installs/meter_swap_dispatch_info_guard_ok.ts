// SDK: windmill-client 1.818.0 client.mjs `class StepSuspend extends Error` sets `this.dispatchInfo` in its constructor; a failed task is a plain Error named "TaskError" with `result` / `step_key` / `child_job_id` and no `dispatchInfo` (wacError.mjs), so this test is true for the suspension only and rethrows it first
// Ported from a Hatchet TS workflow (`try { await ctx.runChild(...) } catch (e) { ... }`) by a developer who read the SDK's suspend class.
import { step, task, workflow } from "windmill-client";

const swapMeter = task(async function swapMeter(siteId: string, meterSerial: string): Promise<{ ticket: string }> {
  const r = await fetch("https://grid.utility.example/api/meter-swaps", {
    method: "POST",
    body: JSON.stringify({ siteId, meterSerial }),
  });
  if (!r.ok) throw new Error(`swap rejected: ${r.status}`);
  return (await r.json()) as { ticket: string };
});

const openSupportCase = task(async function openSupportCase(siteId: string, detail: string): Promise<{ caseId: string }> {
  const r = await fetch("https://support.sunroof.example/api/cases", { method: "POST", body: JSON.stringify({ siteId, detail }) });
  return (await r.json()) as { caseId: string };
});

export const main = workflow(async (siteId: string, meterSerial: string) => {
  try {
    const { ticket } = await swapMeter(siteId, meterSerial);
    return { siteId, ticket };
  } catch (e) {
    if (typeof e === "object" && e !== null && "dispatchInfo" in e) throw e;
    const detail = await step("swap_error", () => (e instanceof Error ? e.message : String(e)));
    const { caseId } = await openSupportCase(siteId, detail);
    return { siteId, ticket: null, caseId };
  }
});
