// SDK: windmill-client 1.818.0: branching on a task result is replay-safe; a `switch` on the approval's value; Set keeps insertion order
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Party = { bookingId: string; host: string; hostEmail: string; kids: number; wallSlots: string[]; date: string };

const PACKAGES = Object.freeze({
  small: { maxKids: 8, instructors: 1, priceCents: 18_000 },
  large: { maxKids: 16, instructors: 2, priceCents: 32_000 },
});

function quote(p: Party) {
  const pkg = p.kids <= PACKAGES.small.maxKids ? PACKAGES.small : PACKAGES.large;
  const extraKids = Math.max(0, p.kids - pkg.maxKids);
  return { ...pkg, totalCents: pkg.priceCents + extraKids * 1_500 };
}

const checkInstructors = task(async (date: string, needed: number) => {
  const res = await fetch(`https://staff.example-crag.io/availability?date=${encodeURIComponent(date)}`);
  const free = ((await res.json()) as { instructors: string[] }).instructors;
  return free.slice(0, needed);
});

const sendQuote = task(async (email: string, totalCents: number, approvalPage: string) => {
  await fetch("https://mail.example-crag.io/send", {
    method: "POST",
    body: JSON.stringify({ to: email, template: "party-quote", totalCents, approvalPage }),
  });
});

const reserveWalls = task(async (bookingId: string, walls: string[], instructors: string[]) => {
  const res = await fetch(`https://ops.example-crag.io/bookings/${bookingId}`, {
    method: "PUT",
    body: JSON.stringify({ walls, instructors }),
  });
  return res.status;
});

export const main = workflow(async (party: Party) => {
  const q = quote(party);
  const instructors = await checkInstructors(party.date, q.instructors);
  if (instructors.length < q.instructors) {
    return { status: "no_staff" as const };
  }
  const urls = await step("host_urls", () => getApprovalUrls("host_confirms"));
  await sendQuote(party.hostEmail, q.totalCents, urls.approvalPage);
  const reply = await waitForApproval({
    key: "host_confirms",
    timeout: 48 * 3600,
    form: { type: "object", properties: { cake: { type: "string", enum: ["none", "chocolate", "fruit"] } } },
  });
  switch (reply.approved ? (reply.value?.cake ?? "none") : "declined") {
    case "declined":
      return { status: "declined" as const };
    default: {
      const walls = [...new Set(party.wallSlots)];
      const status = await reserveWalls(party.bookingId, walls, instructors);
      return { status: "booked" as const, http: status, cake: reply.value?.cake ?? "none" };
    }
  }
});
