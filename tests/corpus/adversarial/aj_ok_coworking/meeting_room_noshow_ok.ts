// SDK: windmill-client 1.818.0: sleep() suspends; the no-show check compares checkpointed task results only
import { sleep, task, workflow } from "windmill-client";

type Booking = { id: string; room: string; startsAt: string; organizer: string };

const checkedIn = task(async (bookingId: string) => {
  const r = await fetch(`https://rooms.example-cowork.com/bookings/${bookingId}/presence`);
  return ((await r.json()) as { present: boolean }).present;
});

const cancelBooking = task(async (bookingId: string, reason: string) => {
  const r = await fetch(`https://rooms.example-cowork.com/bookings/${bookingId}`, {
    method: "DELETE",
    headers: { "x-reason": reason },
  });
  return r.status;
});

const notifyOrganizer = task(async (email: string, room: string) => {
  await fetch("https://mail.example-cowork.com/send", {
    method: "POST",
    body: JSON.stringify({ to: email, subject: `${room} released`, text: "Your booking was released after 15 minutes." }),
  });
});

export const main = workflow(async (booking: Booking, graceMinutes = 15, checks = 3) => {
  const interval = Math.ceil((graceMinutes * 60) / checks);
  for (let i = 0; i < checks; i++) {
    if (await checkedIn(booking.id)) return { released: false, checks: i + 1 };
    await sleep(interval);
  }
  const status = await cancelBooking(booking.id, "no-show");
  await notifyOrganizer(booking.organizer, booking.room);
  return { released: status < 300, status };
});
