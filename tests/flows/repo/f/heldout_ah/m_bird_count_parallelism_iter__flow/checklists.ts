export async function main(countId: string, region: string) {
  const r = await fetch(`https://birds.example/api/counts/${countId}/checklists?region=${region}`);
  const items = (await r.json()) as { observer: string; species: string[] }[];
  return { items, region };
}
