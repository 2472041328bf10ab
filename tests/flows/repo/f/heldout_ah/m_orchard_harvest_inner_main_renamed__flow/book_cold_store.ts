export async function main(bins: number, variety: string) {
  const r = await fetch("https://coldstore.example/api/reserve", {
    method: "POST",
    body: JSON.stringify({ bins, variety }),
  });
  return (await r.json()) as { bay: string };
}
