// SDK: windmill-client 1.818.0 keyless waitForApproval() once per event in a loop (keys approval, approval_2, ..., client.mjs _waitForApproval / _allocKey), getResumeUrls() inside step() before each; step callbacks that push into their own local array; task options with tag / timeout / retry
import { getResumeUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Venue = { id: string; name: string; date: string; capacity: number };

const EVENTS = "https://events.shelter.example";

const proposeVenues = task(async (month: string): Promise<Venue[]> => {
  const res = await fetch(`${EVENTS}/venues/open?month=${month}`);
  return (await res.json()) as Venue[];
}, { timeout: 120, tag: "shelter" });

const askPartner = task(async (venue: Venue, link: string) => {
  await fetch(`${EVENTS}/partners/ask`, { method: "POST", body: JSON.stringify({ venue: venue.id, link }) });
});

const publish = task(async (venues: Venue[], dogs: string[]) => {
  const res = await fetch(`${EVENTS}/publish`, { method: "POST", body: JSON.stringify({ venues, dogs }) });
  return (await res.json()) as { url: string };
}, { retry: { attempts: 3, delay: 30, multiplier: 2 } });

export const main = workflow(async function main(month: string, dogs: string[], maxEvents: number = 3) {
  const venues = await proposeVenues(month);
  venues.sort((a, b) => b.capacity - a.capacity || a.date.localeCompare(b.date));
  const confirmed: Venue[] = [];
  for (const venue of venues.slice(0, maxEvents)) {
    const urls = await step("partner_urls", () => getResumeUrls());
    await askPartner(venue, urls.approvalPage);
    const answer = await waitForApproval({ timeout: 3 * 86_400 });
    if (answer.approved) confirmed.push(venue);
  }
  const lineup = await step("lineup", () => {
    const out: string[] = [];
    for (const [i, dog] of dogs.entries()) if (i % Math.max(confirmed.length, 1) === 0) out.push(dog);
    return out;
  });
  if (confirmed.length === 0) return { published: false };
  const page = await publish(confirmed, lineup);
  const count = await Promise.resolve(confirmed).then((c) => c.length);
  return { published: true, url: page.url, events: count };
});
