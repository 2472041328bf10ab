// Daily FX rates from the treasury API, keyed by ISO currency code.
type TreasuryApi = { base_url: string; api_key: string };

export async function main(api: TreasuryApi, base: string = "EUR", symbols: string[] = []) {
  const qs = new URLSearchParams({ base });
  if (symbols.length) qs.set("symbols", symbols.join(","));
  const res = await fetch(`${api.base_url}/v2/rates?${qs}`, {
    headers: { "x-api-key": api.api_key },
  });
  if (!res.ok) throw new Error(`treasury api ${res.status}`);
  const data = await res.json();
  return { base, as_of: data.date as string, rates: data.rates as Record<string, number> };
}
