export async function main(ip: string) {
  const res = await fetch(`https://ipapi.co/${ip}/json/`);
  if (!res.ok) return { ip, city: null, country: null };
  const b = await res.json();
  return { ip, city: b.city ?? null, country: b.country_code ?? null };
}
