import * as wmill from "windmill-client";

type Member = { id: string; email: string; points: number; tier: "bronze" | "silver" | "gold" };

export async function main(cursor: string | null = null, pageSize: number = 500) {
  const api = await wmill.getResource("f/loyalty/api");
  const url = new URL(`${api.url}/members`);
  url.searchParams.set("limit", String(pageSize));
  if (cursor) url.searchParams.set("cursor", cursor);
  const res = await fetch(url, { headers: { Authorization: `Bearer ${api.token}` } });
  if (!res.ok) throw new Error(`loyalty api answered ${res.status}`);
  const body = await res.json();
  const members: Member[] = body.data;
  const nextCursor: string | null = body.next_cursor ?? null;
  return { members, nextCursor };
}
