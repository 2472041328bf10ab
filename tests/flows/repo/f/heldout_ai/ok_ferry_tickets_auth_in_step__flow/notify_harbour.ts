export async function main(url: string, plan: { plan: Record<string, string[]>; metres_used: number }, passengers: number) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...plan, passengers }),
  });
  if (!res.ok) throw new Error(`harbour office answered ${res.status}`);
  return { delivered: true };
}
