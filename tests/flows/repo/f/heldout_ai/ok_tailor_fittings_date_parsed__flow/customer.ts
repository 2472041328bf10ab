import * as wmill from "windmill-client";

export async function main(id: number) {
  const crm = await wmill.getResource("f/tailor/crm");
  const res = await fetch(`${crm.url}/customers/${id}`, { headers: { "x-api-key": crm.key } });
  if (!res.ok) throw new Error(`customer ${id}: ${res.status}`);
  const c = await res.json();
  return { name: `${c.first_name} ${c.last_name}`, phone: c.mobile as string };
}
