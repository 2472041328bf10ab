// SDK: windmill-client 1.818.0 client.mjs: a task call suspends by throwing StepSuspend; a `return` in `finally` replaces that throw with a normal completion, so the first round reports the empty summary as the workflow's result.
import { task, workflow } from "windmill-client";

type Slot = { chair: number; start: string; end: string };

const fetchCancellations = task(async function fetchCancellations(clinicId: string, day: string): Promise<Slot[]> {
  const res = await fetch(`https://pms.dentalcloud.internal/api/clinics/${clinicId}/cancellations?day=${day}`);
  return (await res.json()) as Slot[];
});

const offerToWaitlist = task(async function offerToWaitlist(clinicId: string, slot: Slot) {
  const res = await fetch(`https://pms.dentalcloud.internal/api/clinics/${clinicId}/waitlist/offer`, {
    method: "POST",
    body: JSON.stringify(slot),
  });
  return (await res.json()) as { offered_to: string | null };
});

export const main = workflow(async (clinic_id: string, day: string) => {
  const summary = { slots: 0, offered: 0 };
  try {
    const slots = await fetchCancellations(clinic_id, day);
    summary.slots = slots.length;
    for (const slot of slots) {
      const r = await offerToWaitlist(clinic_id, slot);
      if (r.offered_to) summary.offered++;
    }
  } finally {
    console.log(`waitlist run for ${clinic_id}/${day}`);
    return summary; // expect: WAC203
  }
});
