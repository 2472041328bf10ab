// Ask the infrastructure manager for a track possession (a section closed between two kilometre posts).
export async function main(section: string, from_km: number, to_km: number, reason: string, until?: string) {
  const resp = await fetch("https://infra.westbahn-regional.at/api/possessions", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ section, from_km, to_km, reason, until }),
  });
  if (!resp.ok) throw new Error(`possession refused: ${resp.status}`);
  return await resp.json();
}
