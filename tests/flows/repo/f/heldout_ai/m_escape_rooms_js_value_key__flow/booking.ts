import * as wmill from "windmill-client";

export async function main(bookingId: string) {
  const api = await wmill.getResource("f/escape_rooms/booking_system");
  const res = await fetch(`${api.url}/bookings/${bookingId}`, { headers: { Authorization: `Bearer ${api.token}` } });
  if (!res.ok) throw new Error(`booking ${bookingId}: ${res.status}`);
  const b = await res.json();
  return { team_name: b.team_name as string, email: b.contact_email as string, players: b.players as number };
}
