import * as wmill from "windmill-client";

export async function main(email: string) {
  const cb = await wmill.getResource("f/sales/clearbit");
  const res = await fetch(`https://person.clearbit.com/v2/combined/find?email=${encodeURIComponent(email)}`, {
    headers: { Authorization: `Bearer ${cb.key}` },
  });
  if (!res.ok) {
    throw new Error(`clearbit ${res.status} for ${email}`);
  }
  const data = await res.json();
  return { email, company_name: data.company?.name ?? null, title: data.person?.employment?.title ?? null };
}
