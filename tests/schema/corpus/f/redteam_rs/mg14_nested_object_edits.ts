type Addr = { street: string; city?: string; geo: { lat: number; lng: number } };

export async function main(addr: Addr, list: Addr[] = []) {
  return addr;
}
