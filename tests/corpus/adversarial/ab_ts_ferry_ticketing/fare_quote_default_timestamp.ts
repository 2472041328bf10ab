// SDK: windmill-client 1.818.0 client.mjs: workflow(fn) only tags fn; every round calls fn again, so a default parameter expression is evaluated anew each round (oracle sig: has_default true, default null -> nothing sent)
import { task, step, workflow } from "windmill-client";

type Fare = { route: string; vehicle: string; priceCents: number; validUntil: string };

const priceFare = task(async (route: string, vehicle: string, quotedAt: string): Promise<Fare> => {
  const res = await fetch("https://pricing.blueferry.example/v2/quote", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ route, vehicle, at: quotedAt }),
  });
  return (await res.json()) as Fare;
});

const holdFare = task(async (fare: Fare, customerId: string) => {
  const res = await fetch("https://booking.blueferry.example/holds", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...fare, customerId }),
  });
  return { holdId: (await res.json()).id as string };
});

export const main = workflow(
  async (
    route: string,
    vehicle: string,
    customerId: string,
    quotedAt: string = new Date().toISOString(), // expect: WAC102
  ) => {
    const fare = await priceFare(route, vehicle, quotedAt);
    if (fare.priceCents <= 0) {
      return { route, held: false };
    }
    const { holdId } = await holdFare(fare, customerId);
    return { route, held: true, holdId, priceCents: fare.priceCents };
  },
);
