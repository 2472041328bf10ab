// SDK: windmill-client 1.818.0 client.mjs: workflow(fn) only tags the function; Windmill reads main's parameters from this source, and windmill-oracle sig reads `pkg: Package` (a TS enum) as {"resource": "package"}: a resource picker, not a choice
import { task, workflow, waitForApproval, step, getResumeUrls } from "windmill-client";

enum Package {
  Basic = "basic",
  Catered = "catered",
  Overnight = "overnight",
}

type Contact = { name: string; email: string };

const quoteEvent = task(async (company: string, pkg: string, teams: number, rooms: string[]) => {
  const r = await fetch("https://bookings.lockbox-escapes.example/quotes", {
    method: "POST",
    body: JSON.stringify({ company, pkg, teams, rooms }),
  });
  return (await r.json()) as { quoteId: string; totalPence: number };
});

const confirmEvent = task(async (quoteId: string, contact: Contact, approvedBy: string) => {
  const r = await fetch(`https://bookings.lockbox-escapes.example/quotes/${quoteId}/confirm`, {
    method: "POST",
    body: JSON.stringify({ contact, approvedBy }),
  });
  return (await r.json()).bookingRef as string;
});

const sendQuote = task(async (to: string, quoteId: string, totalPence: number, approvalPage: string) => {
  await fetch("https://mail.lockbox-escapes.example/send", {
    method: "POST",
    body: JSON.stringify({ to, template: "corporate-quote", quoteId, totalPence, approvalPage }),
  });
});

/**
 * Corporate team-building booking.
 * @param teams number of teams (4-6 players each)
 */
export const main = workflow(
  async (
    company: string,
    contact: Contact,
    pkg: Package = Package.Basic, // expect: WAC902
    teams = 4,
    rooms: string[] = ["vault", "lab", "crypt"],
  ) => {
    const quote = await quoteEvent(company, pkg, teams, rooms);
    const urls = await step("quote_urls", () => getResumeUrls(contact.email));
    await sendQuote(contact.email, quote.quoteId, quote.totalPence, urls.approvalPage);
    const answer = await waitForApproval({ timeout: 10 * 24 * 3600 });
    if (!answer.approved) return { company, booked: false };
    const bookingRef = await confirmEvent(quote.quoteId, contact, answer.approver);
    return { company, booked: true, bookingRef };
  },
);
