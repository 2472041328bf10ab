type Request = { pieces: number; cone: number; owner: string };

export async function main(kiln: string, request: Request) {
  const r = await fetch(`https://studio.example/api/kilns/${kiln}/slots`, {
    method: "POST",
    body: JSON.stringify(request),
  });
  const slot = (await r.json()) as { id: string; starts_at: string };
  return { slot_id: slot.id, starts_at: slot.starts_at };
}
