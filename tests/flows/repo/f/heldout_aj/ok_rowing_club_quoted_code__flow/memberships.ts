import * as wmill from "windmill-client";

export async function main(clubCode: string, rowerIds: string[]) {
  const fed = await wmill.getResource("f/rowing/federation_api");
  const res = await fetch(`${fed.url}/clubs/${clubCode.padStart(4, "0")}/members?ids=${rowerIds.join(",")}`, {
    headers: { Authorization: `Bearer ${fed.token}` },
  });
  if (!res.ok) throw new Error(`federation ${res.status}`);
  return (await res.json()) as { id: string; expires: string }[];
}
