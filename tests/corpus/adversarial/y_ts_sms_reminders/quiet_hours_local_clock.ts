// SDK: windmill-client 1.818.0 step()/task() hand back the checkpointed JSON value; the body runs again on any worker, whose TZ decides Date#getHours
import { sleep, task, workflow } from "windmill-client";
import twilio from "twilio";

type Appointment = {
  id: string;
  patientPhone: string;
  startsAt: string; // ISO string from the booking system
  clinicName: string;
};

const loadAppointment = task(async (appointmentId: string): Promise<Appointment> => {
  const res = await fetch(`https://booking.internal/api/appointments/${appointmentId}`);
  if (!res.ok) throw new Error(`booking api ${res.status}`);
  return (await res.json()) as Appointment;
});

const sendReminder = task(async (to: string, body: string) => {
  const client = twilio(process.env.TWILIO_SID!, process.env.TWILIO_TOKEN!);
  const msg = await client.messages.create({ to, from: process.env.TWILIO_FROM!, body });
  return { sid: msg.sid, status: msg.status };
});

export const main = workflow(async (appointmentId: string) => {
  const appt = await loadAppointment(appointmentId);

  // Do not text people at night: push the reminder to the morning.
  const hour = new Date(appt.startsAt).getHours(); // expect: WAC102
  if (hour < 8 || hour >= 21) {
    await sleep(8 * 3600);
  }

  const text = `Reminder: your appointment at ${appt.clinicName} is coming up. Reply C to cancel.`;
  const receipt = await sendReminder(appt.patientPhone, text);
  return { appointmentId, sid: receipt.sid };
});
