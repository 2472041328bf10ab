// SDK: windmill-client 1.818.0 client.mjs: default parameters with literal values are the same every round; the clock is read inside step("quoted_at")
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

const holdFare = task(async (fare: Fare, customerId: string, currency: string) => {
  const res = await fetch("https://booking.blueferry.example/holds", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...fare, customerId, currency }),
  });
  return { holdId: (await res.json()).id as string };
});

export const main = workflow(
  async (
    route: string,
    vehicle: string,
    customerId: string,
    quotedAt: string = "",
    currency: string = "EUR",
    passengers: number = 1,
  ) => {
    const at = quotedAt || (await step("quoted_at", () => new Date().toISOString()));
    const fare = await priceFare(route, vehicle, at);
    if (fare.priceCents <= 0) {
      return { route, held: false };
    }
    const { holdId } = await holdFare(fare, customerId, currency);
    return { route, held: true, holdId, total: fare.priceCents * passengers };
  },
);
