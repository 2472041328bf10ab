export async function main(cutoff: string) {
  const rows = [
    { seller_id: "s_1", gross_cents: 10400 },
    { seller_id: "s_2", gross_cents: 88050 },
  ];
  return rows.map((r) => ({ ...r, cutoff }));
}
