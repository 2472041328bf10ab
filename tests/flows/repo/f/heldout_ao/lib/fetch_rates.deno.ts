export async function main(base: string, symbols: string[]) {
  const url = `https://api.frankfurter.app/latest?from=${base}&to=${symbols.join(",")}`;
  const resp = await fetch(url);
  if (!resp.ok) {
    throw new Error(`rates request failed: ${resp.status}`);
  }
  const body = await resp.json();
  return { base: body.base, rates: body.rates, fetched_at: body.date };
}
