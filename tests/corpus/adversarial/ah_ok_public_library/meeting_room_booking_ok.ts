// SDK: windmill-client 1.818.0 waitForApproval with form and description, result read through a switch on the approval's value; a catch around a task that rethrows the suspension by its name (the SDK's StepSuspend is an Error named StepSuspend); pure helpers sendTo / postProcess
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Booking = { room: string; start: string; end: string; group: string; contact: string };

const ROOMS = "https://rooms.library.example/api";

const conflicts = task(async (b: Booking) => {
  const res = await fetch(`${ROOMS}/conflicts?room=${b.room}&start=${b.start}&end=${b.end}`);
  return (await res.json()) as { ids: string[] };
});

const notify = task(async (to: string, subject: string, text: string) => {
  await fetch(`${ROOMS}/mail`, { method: "POST", body: JSON.stringify({ to, subject, text }) });
});

const confirm = task(async (b: Booking, tier: string) => {
  const res = await fetch(`${ROOMS}/bookings`, { method: "POST", body: JSON.stringify({ ...b, tier }) });
  if (res.status === 409) throw new Error("slot taken meanwhile");
  return (await res.json()) as { bookingId: string };
});

function sendTo(list: string[], who: string): string[] {
  return list.includes(who) ? list : [...list, who];
}

function postProcess(r: { bookingId: string }, b: Booking) {
  return { id: r.bookingId, room: b.room, when: `${b.start.slice(0, 16)}–${b.end.slice(11, 16)}` };
}

export const main = workflow(async (booking: Booking, approver: string) => {
  const { ids } = await conflicts(booking);
  if (ids.length > 0) return { booked: false, conflicts: ids };
  const urls = await step("urls", () => getApprovalUrls("room_desk"));
  const recipients = sendTo([approver], "rooms@library.example");
  for (const r of recipients) await notify(r, `Room request: ${booking.group}`, urls.approvalPage);
  const answer = await waitForApproval({
    key: "room_desk",
    timeout: 2 * 86_400,
    form: { type: "object", properties: { tier: { type: "string", enum: ["free", "nonprofit", "commercial"] } } },
    description: { markdown: `**${booking.group}** wants ${booking.room}` },
  });
  if (!answer.approved) return { booked: false, reason: "declined" };
  let tier: string;
  switch (answer.value?.tier) {
    case "nonprofit":
    case "commercial":
      tier = answer.value.tier;
      break;
    default:
      tier = "free";
  }
  try {
    const done = await confirm(booking, tier);
    return { booked: true, ...postProcess(done, booking) };
  } catch (err) {
    if (err instanceof Error && err.name === "StepSuspend") throw err;
    await notify(booking.contact, "Room request failed", String(err));
    return { booked: false, reason: String(err) };
  }
});
