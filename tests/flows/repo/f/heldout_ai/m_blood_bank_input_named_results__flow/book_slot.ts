import * as wmill from "windmill-client";

export async function main(donorId: string, lab: string) {
  const booking = await wmill.getResource("f/blood_bank/booking_api");
  const res = await fetch(`${booking.url}/confirmatory`, {
    method: "POST",
    headers: { Authorization: `Bearer ${booking.token}`, "content-type": "application/json" },
    body: JSON.stringify({ donor: donorId, lab }),
  });
  if (!res.ok) throw new Error(`booking for ${donorId}: ${res.status}`);
  return await res.json();
}
