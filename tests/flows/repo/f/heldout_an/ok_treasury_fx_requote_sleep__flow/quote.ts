export async function main(pair: string) {
  const res = await fetch(`https://api.example-fx.com/v2/quote?pair=${encodeURIComponent(pair)}`);
  if (res.status === 429) {
    return { pair, rate: null, retry_after_s: Number(res.headers.get("retry-after") ?? "30") };
  }
  const body = await res.json();
  return { pair, rate: body.rate as number, retry_after_s: 0 };
}
