import * as wmill from "windmill-client";

export async function main(class_id: string) {
  const api = await wmill.getResource("f/gym/booking_api");
  const resp = await fetch(`${api.url}/classes/${class_id}`, { headers: { Authorization: `Bearer ${api.token}` } });
  const c = await resp.json();
  return { class_id, free_spots: c.capacity - c.booked, waitlist: c.waitlist_length };
}
