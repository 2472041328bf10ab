// Devon's weekly digest of move-out inspections: one inspection flow per lease.
import { step, taskFlow, workflow } from "/f/platform/wac.ts";
import { daysBetween, isoDay, now } from "/f/platform/clock.ts";
import { Flows } from "/f/platform/paths.ts";

const inspection = taskFlow(Flows.MoveOut, { timeout: 3600 });

export const main = workflow(async (leases: { id: string; endsOn: string }[], inspectorEmail: string) => {
  const today = await step("today", () => now().toISOString());
  const soon = leases.filter((l) => daysBetween(today, l.endsOn) <= 7);
  const booked = [];
  for (const lease of soon) {
    booked.push(await inspection({ lease_id: lease.id, inspector_email: inspectorEmail }));
  }
  return { day: isoDay(today), booked: booked.length };
});
