export async function main(tram: string, km: number, technician: string) {
  const r = await fetch("https://depot.example/api/inspections", {
    method: "POST",
    body: JSON.stringify({ tram, km, technician }),
  });
  return (await r.json()) as { sheet_id: string };
}
