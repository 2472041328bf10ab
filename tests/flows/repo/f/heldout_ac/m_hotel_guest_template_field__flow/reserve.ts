import * as wmill from "windmill-client";

export async function main(hotel_code: string, room_type: string, check_in: string, nights: number, guest_name: string, guest_email: string) {
  const pms = await wmill.getResource("f/hotels/pms");
  const res = await fetch(`${pms.url}/reservations`, {
    method: "POST",
    headers: { "X-Api-Key": pms.key, "Content-Type": "application/json" },
    body: JSON.stringify({ hotel: hotel_code, room_type, check_in, nights, guest: { name: guest_name, email: guest_email } }),
  });
  if (!res.ok) throw new Error(`pms answered ${res.status}`);
  const body = await res.json();
  return { confirmation: body.confirmation_code as string, total_cents: body.total_cents as number };
}
