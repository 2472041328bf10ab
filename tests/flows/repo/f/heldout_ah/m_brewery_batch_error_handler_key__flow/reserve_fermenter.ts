export async function main(volumeL: number, batchNo: string) {
  const res = await fetch("https://brewery.example/api/fermenters/reserve", {
    method: "POST",
    body: JSON.stringify({ min_volume_l: volumeL * 1.2, batch: batchNo }),
  });
  if (!res.ok) throw new Error(`no fermenter free for ${volumeL} L`);
  const { tank } = (await res.json()) as { tank: string };
  return { tank };
}
