// SDK: windmill-client 1.818.0 client.mjs: StepSuspend's name is "StepSuspend" and a failed task's is "TaskError" (taskErrorFromMarker); the switch only handles "TaskError" and rethrows everything else in `default`.
import { task, step, workflow } from "windmill-client";

type Appointment = { id: string; patient_phone: string; starts_at: string };

const confirmViaIvr = task(async function confirmViaIvr(appt: Appointment) {
  const res = await fetch("https://ivr.internal/api/calls", {
    method: "POST",
    body: JSON.stringify({ to: appt.patient_phone, script: "confirm-appointment", ref: appt.id }),
  });
  if (!res.ok) throw new Error(`ivr ${res.status}`);
  return (await res.json()) as { confirmed: boolean };
});

export const main = workflow(async (appointments: Appointment[]) => {
  const confirmed: string[] = [];
  const failed: string[] = [];
  for (const appt of appointments) {
    try {
      const r = await confirmViaIvr(appt);
      if (r.confirmed) confirmed.push(appt.id);
    } catch (e) {
      switch ((e as Error)?.name) {
        case "TaskError":
          failed.push(appt.id);
          break;
        default:
          throw e;
      }
    }
  }
  return await step("report", () => ({ confirmed, failed }));
});
