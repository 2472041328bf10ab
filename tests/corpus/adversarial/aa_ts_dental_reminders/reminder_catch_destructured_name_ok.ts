// SDK: windmill-client 1.818.0 client.mjs StepSuspend sets `this.name = "StepSuspend"`; destructuring `name` off the caught error and rethrowing on it is the guide's "rethrow internal suspension errors first".
import { task, step, workflow } from "windmill-client";

type Appointment = { id: string; patient_email: string; starts_at: string; treatment: string };

const sendPrepInstructions = task(async function sendPrepInstructions(appt: Appointment) {
  const res = await fetch("https://mail.internal/send", {
    method: "POST",
    body: JSON.stringify({ to: appt.patient_email, template: `prep-${appt.treatment}`, ref: appt.id }),
  });
  if (!res.ok) throw new Error(`mail ${res.status}`);
  return { sent: true };
});

export const main = workflow(async (appointments: Appointment[]) => {
  const bounced: { id: string; reason: string }[] = [];
  for (const appt of appointments) {
    try {
      await sendPrepInstructions(appt);
    } catch (err) {
      const { name, message } = err as Error;
      if (name === "StepSuspend") throw err;
      bounced.push({ id: appt.id, reason: message });
    }
  }
  return await step("report", () => ({ total: appointments.length, bounced }));
});
