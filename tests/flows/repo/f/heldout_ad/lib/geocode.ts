// Geocodes a postal address with the Nominatim API.
export async function main(address: string, country: string = "DE", max_results: number = 1) {
  const url = new URL("https://nominatim.openstreetmap.org/search");
  url.searchParams.set("q", address);
  url.searchParams.set("countrycodes", country.toLowerCase());
  url.searchParams.set("format", "json");
  url.searchParams.set("limit", String(max_results));
  const resp = await fetch(url, { headers: { "User-Agent": "acme-geocoder/1.0" } });
  if (!resp.ok) {
    throw new Error(`geocoding failed: ${resp.status}`);
  }
  const hits = (await resp.json()) as Array<{ lat: string; lon: string; importance: number }>;
  if (hits.length === 0) {
    return { lat: null, lng: null, precision: "none" };
  }
  return { lat: Number(hits[0].lat), lng: Number(hits[0].lon), precision: hits[0].importance > 0.5 ? "street" : "city" };
}
