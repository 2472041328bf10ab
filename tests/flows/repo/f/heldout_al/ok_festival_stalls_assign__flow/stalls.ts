export async function main(festival: string) {
  const res = await fetch(`https://tickets.festival.example/${festival}/stalls`);
  const rows = (await res.json()) as any[];
  return rows.map((r) => ({ stall_id: r.id, vendor: r.vendor ?? null, zone: r.zone, power_kw: r.kw }));
}
