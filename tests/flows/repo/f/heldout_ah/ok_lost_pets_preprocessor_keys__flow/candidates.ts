export async function main(species: string, colour: string, near: string) {
  const q = new URLSearchParams({ species, colour, near });
  const r = await fetch(`https://shelter.example/api/found?${q}`);
  const matches = (await r.json()) as { kennel: string; photo: string }[];
  return { matches };
}
