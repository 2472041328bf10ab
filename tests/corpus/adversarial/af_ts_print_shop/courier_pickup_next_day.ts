// SDK: windmill-client 1.818.0 client.mjs: step() hands back JSON.parse of the encoded result, so the Date nextWorkingDay builds comes back as an ISO string and `pickup.getDay()` is a TypeError
import { task, workflow, step } from "windmill-client";

type Parcel = { orderId: string; kg: number; postcode: string };

const HOLIDAYS = new Set(["2026-12-25", "2026-12-26", "2027-01-01"]);

function nextWorkingDay(from: Date): Date {
  const d = new Date(from.getTime());
  do {
    d.setUTCDate(d.getUTCDate() + 1);
  } while (d.getUTCDay() === 0 || d.getUTCDay() === 6 || HOLIDAYS.has(d.toISOString().slice(0, 10)));
  return d; // expect: WAC107
}

const bookCourier = task(async (parcels: Parcel[], date: string, saturday: boolean) => {
  const r = await fetch("https://api.parcelrun.example/v1/collections", {
    method: "POST",
    body: JSON.stringify({ parcels, date, saturday }),
  });
  return (await r.json()).collectionRef as string;
});

export const main = workflow(async (parcels: Parcel[]) => {
  const pickup = await step("pickup_day", () => nextWorkingDay(new Date()));
  const heavy = parcels.filter((p) => p.kg > 20);
  const ref = await bookCourier(parcels, pickup.toISOString().slice(0, 10), pickup.getDay() === 6);
  return { ref, heavy: heavy.length };
});
