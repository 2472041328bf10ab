type Clearbit = { apiKey: string };

export async function main(email: string, clearbit: Clearbit) {
  const resp = await fetch(
    `https://person-stream.clearbit.com/v2/combined/find?email=${encodeURIComponent(email)}`,
    { headers: { Authorization: `Bearer ${clearbit.apiKey}` } },
  );
  if (!resp.ok) throw new Error(`clearbit ${resp.status}`);
  const data = await resp.json();
  return {
    person: { name: data.person?.name?.fullName ?? null },
    company: {
      industry: data.company?.category?.industry ?? null,
      employees: data.company?.metrics?.employees ?? 0,
    },
  };
}
