// SDK: windmill-client 1.818.0: WM_WORKSPACE read with a non-null assertion and from Bun.env; ids from a v5-style hash of inputs
import { step, task, workflow } from "windmill-client";
import { createHash } from "node:crypto";

type Rsvp = { email: string; name: string; plusOne: boolean };

const CAPACITY = 60;

const sendTicket = task(async (email: string, ticketId: string, eventTitle: string) => {
  const r = await fetch("https://tickets.example-cowork.com/issue", {
    method: "POST",
    headers: { "Idempotency-Key": ticketId },
    body: JSON.stringify({ email, ticketId, eventTitle }),
  });
  return r.ok;
});

const addToWaitlist = task(async (emails: string[], eventTitle: string) => {
  await fetch("https://tickets.example-cowork.com/waitlist", { method: "POST", body: JSON.stringify({ emails, eventTitle }) });
  return emails.length;
});

const ticketId = (workspace: string, eventTitle: string, email: string) =>
  createHash("sha256").update(`${workspace}\u0000${eventTitle}\u0000${email.toLowerCase()}`).digest("base64url").slice(0, 16);

export const main = workflow(async (eventTitle: string, rsvps: Rsvp[]) => {
  const workspace = process.env.WM_WORKSPACE!;
  const region = (Bun.env.WM_WORKSPACE ?? "").split("-")[0];
  let seats = CAPACITY;
  const admitted: Rsvp[] = [];
  const waitlist: string[] = [];
  for (const r of rsvps) {
    const need = r.plusOne ? 2 : 1;
    if (need <= seats) {
      seats -= need;
      admitted.push(r);
    } else waitlist.push(r.email);
  }
  const sent = [];
  for (const r of admitted) sent.push(await sendTicket(r.email, ticketId(workspace, eventTitle, r.email), eventTitle));
  const waitlisted = waitlist.length ? await addToWaitlist(waitlist, eventTitle) : 0;
  const closedAt = await step("closed_at", () => Date.now());
  return { region, admitted: admitted.length, sent: sent.filter(Boolean).length, waitlisted, closedAt };
});
