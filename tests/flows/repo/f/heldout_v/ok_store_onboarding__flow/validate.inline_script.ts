type Store = { name: string; street: string; house_number: string; city: string; country: string };

export async function main(store: Store) {
  const missing = (["name", "street", "house_number", "city", "country"] as const).filter((k) => !store[k]);
  if (missing.length) {
    throw new Error(`Store request is missing: ${missing.join(", ")}`);
  }
  if (!/^[A-Z]{2}$/.test(store.country)) {
    throw new Error(`country must be an ISO code, got ${store.country}`);
  }
  return { ok: true };
}
