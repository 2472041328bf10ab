// SDK: windmill-client 1.818.0: step keys come from the name string alone (`_allocKey`); a constant name in a `return` is not a statement Windmill's diagram draws
import { step, task, workflow } from "windmill-client";

const STEP = { quote: "quote_ref", confirmation: "confirmation_ref" } as const;

type Booking = { customer: string; postcode: string; size: "4yd" | "8yd" | "12yd"; days: number };

const PRICES = { "4yd": 18_000, "8yd": 26_000, "12yd": 34_000 } as const;

const checkPermit = task(async (postcode: string) => {
  const res = await fetch(`https://council.example.gov/api/skip-permits?postcode=${encodeURIComponent(postcode)}`);
  return ((await res.json()) as { required: boolean }).required;
});

const reserveSkip = task(async (b: Booking, cents: number) => {
  const res = await fetch("https://fleet.example-depot.org/api/skips", { method: "POST", body: JSON.stringify({ ...b, cents }) });
  return ((await res.json()) as { id: string }).id;
});

async function confirmationRef(skipId: string): Promise<string> {
  return await step(STEP.confirmation, () => `SKP-${skipId}-${Math.random().toString(36).slice(2, 8)}`);
}

export const main = workflow(async (booking: Booking) => {
  const permit = await checkPermit(booking.postcode);
  const cents = PRICES[booking.size] + Math.max(0, booking.days - 7) * 1_200 + (permit ? 4_500 : 0);
  const skipId = await reserveSkip(booking, cents);
  const ref = await confirmationRef(skipId);
  return { skipId, ref, cents, permit };
});
