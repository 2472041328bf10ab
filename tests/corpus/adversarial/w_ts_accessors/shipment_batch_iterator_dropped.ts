// SDK: windmill-client 1.818.0 _nextStep queues a task when it is called; a thenable nobody awaits loses its result and failure
import { task, workflow } from "windmill-client";

type Parcel = { trackingId: string; carrier: "dhl" | "ups"; weightKg: number };

const bookPickup = task(async (trackingId: string, carrier: string) => {
  const res = await fetch(`https://carriers.internal/${carrier}/pickups`, {
    method: "POST",
    body: JSON.stringify({ trackingId }),
  });
  return (await res.json()) as { pickupId: string };
});

class ShipmentBatch {
  constructor(private readonly parcels: Parcel[]) {}

  *[Symbol.iterator]() {
    for (const p of this.parcels) {
      if (p.weightKg > 0) yield bookPickup(p.trackingId, p.carrier);
    }
  }

  get size(): number {
    return this.parcels.length;
  }
}

export const main = workflow(async (parcels: Parcel[]) => {
  const batch = new ShipmentBatch(parcels);
  const pickups = [...batch]; // expect: WAC106
  return { requested: pickups.length, of: batch.size };
});
