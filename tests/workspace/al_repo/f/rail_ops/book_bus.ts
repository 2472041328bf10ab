// Book replacement buses between two stations from the framework contractor.
export async function main(from_station: string, to_station: string, buses: number, day: string) {
  const resp = await fetch("https://busrail.example-contractor.at/api/orders", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ from_station, to_station, buses, day }),
  });
  return { order: (await resp.json()).id as string, buses };
}
