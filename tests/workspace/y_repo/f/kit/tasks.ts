// Tasks shared by the shipping workflows.
import { task } from "windmill-client";
import { DEFAULT_CARRIER, type Carrier, type Parcel } from "./types.ts";

export const bookPickup = task(async (orderId: string, carrier: Carrier = DEFAULT_CARRIER) => {
  const r = await fetch(`https://ship.internal/${carrier}/pickups`, {
    method: "POST",
    body: JSON.stringify({ orderId }),
  });
  return (await r.json()) as { pickupId: string };
});

export const weighParcel = task(async (parcel: Parcel): Promise<number> => {
  const r = await fetch(`https://scale.internal/parcels/${parcel.id}`);
  return Number(await r.text());
});

export const releaseDock = task(async (dock: string) => {
  await fetch(`https://ship.internal/docks/${dock}/release`, { method: "POST" });
  return dock;
});
