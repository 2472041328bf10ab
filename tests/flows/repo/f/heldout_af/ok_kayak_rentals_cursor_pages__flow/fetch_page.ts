import * as wmill from "windmill-client";

// the cursor survives between iterations in the flow's user state
export async function main(base: string, first_page: boolean, page_size = 200) {
  const vendor = await wmill.getResource("f/kayaks/bookeo");
  const cursor = first_page ? null : await wmill.getFlowUserState("cursor");
  const url = new URL(`${vendor.url}/bookings`);
  url.searchParams.set("location", base);
  url.searchParams.set("limit", String(page_size));
  if (cursor) url.searchParams.set("cursor", cursor);
  const res = await fetch(url, { headers: { "x-api-key": vendor.key } });
  if (!res.ok) throw new Error(`bookings API ${res.status}`);
  const body = await res.json();
  await wmill.setFlowUserState("cursor", body.nextCursor ?? null);
  return { items: body.data, next_cursor: body.nextCursor ?? null };
}
