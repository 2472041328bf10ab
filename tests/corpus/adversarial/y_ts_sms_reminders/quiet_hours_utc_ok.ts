// SDK: windmill-client 1.818.0 step()/task() hand back the checkpointed JSON value; getUTCHours and Intl with an explicit timeZone do not read the worker's TZ
import { sleep, task, workflow } from "windmill-client";
import twilio from "twilio";

type Appointment = {
  id: string;
  patientPhone: string;
  startsAt: string;
  clinicName: string;
  clinicTimeZone: string; // e.g. "America/Chicago"
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

function localHour(iso: string, timeZone: string): number {
  const fmt = new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", hourCycle: "h23" });
  return Number(fmt.format(new Date(iso)));
}

export const main = workflow(async (appointmentId: string) => {
  const appt = await loadAppointment(appointmentId);

  const utcHour = new Date(appt.startsAt).getUTCHours();
  const hour = localHour(appt.startsAt, appt.clinicTimeZone);
  console.log(`appointment ${appt.id}: ${utcHour}h UTC, ${hour}h clinic time`);
  if (hour < 8 || hour >= 21) {
    await sleep(8 * 3600);
  }

  const text = `Reminder: your appointment at ${appt.clinicName} is coming up. Reply C to cancel.`;
  const receipt = await sendReminder(appt.patientPhone, text);
  return { appointmentId, sid: receipt.sid };
});
