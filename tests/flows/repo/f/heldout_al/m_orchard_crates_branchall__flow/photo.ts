export async function main(crate_id: string) {
  const res = await fetch(`https://cams.orchard.example/snap?crate=${crate_id}`, { method: "POST" });
  const body = await res.json();
  return { url: body.url as string, taken_at: body.taken_at as string };
}
