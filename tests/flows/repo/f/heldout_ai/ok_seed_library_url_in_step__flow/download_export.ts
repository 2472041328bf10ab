type Variety = { latin: string; common: string; days_to_maturity?: number };

export async function main(url: string) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`export download failed: ${res.status}`);
  const body = (await res.json()) as { varieties: Variety[]; exported_at: string };
  return { varieties: body.varieties, exportedAt: body.exported_at };
}
