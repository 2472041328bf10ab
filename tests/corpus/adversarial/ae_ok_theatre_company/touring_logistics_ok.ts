// SDK: windmill-client 1.818.0 a tour loop with one sleep per leg computed from checkpointed travel times, taskScript calls with one object argument, getResumeUrls in a step (a fresh nonce captured once), approvals keyless in a fixed sequence
import { getResumeUrls, sleep, step, task, taskScript, waitForApproval, workflow } from "windmill-client";

type Leg = { from: string; to: string; departIso: string; travelH: number };

const bookTruck = taskScript("f/theatre/book_truck", { timeout: 300 });
const bookHotel = taskScript("f/theatre/book_hotel", { timeout: 300 });

const planLegs = task(async (tour: string): Promise<Leg[]> => {
  const res = await fetch(`https://touring.theatre.example/tours/${tour}/legs`);
  return await res.json();
});

const askProducer = task(async (tour: string, total: number, resume: string, cancel: string) => {
  await fetch("https://mail.theatre.example/send", {
    method: "POST",
    body: JSON.stringify({ to: "producer@theatre.example", subject: `Tour ${tour} budget`, total, resume, cancel }),
  });
});

const checkIn = task(async (tour: string, venue: string) => {
  const res = await fetch(`https://touring.theatre.example/tours/${tour}/venues/${venue}/check-in`, { method: "POST" });
  return res.ok;
});

export const main = workflow(async (tour: string, crew: number, nightlyRate = 140) => {
  const legs = await planLegs(tour);
  const total = legs.length * crew * nightlyRate;
  const urls = await step("producer_urls", () => getResumeUrls("producer"));
  await askProducer(tour, total, urls.resume, urls.cancel);
  const budget = await waitForApproval({ timeout: 2 * 86400 });
  if (!budget.approved) return { tour, booked: false };

  const log: { venue: string; truck: unknown; hotel: unknown; checkedIn: boolean }[] = [];
  for (const leg of legs) {
    const [truck, hotel] = await Promise.all([
      bookTruck({ from: leg.from, to: leg.to, depart: leg.departIso }),
      bookHotel({ city: leg.to, rooms: crew, night: leg.departIso.slice(0, 10) }),
    ]);
    await sleep(Math.ceil(leg.travelH * 3600));
    log.push({ venue: leg.to, truck, hotel, checkedIn: await checkIn(tour, leg.to) });
  }
  return { tour, booked: true, legs: log };
});
