export async function main(blockId: string, crewDays: number) {
  const r = await fetch("https://orchard.example/api/crews/bookings", {
    method: "POST",
    body: JSON.stringify({ block: blockId, days: crewDays }),
  });
  return (await r.json()) as { booking: string };
}
