export async function main(listId: string, pageSize: number = 200): Promise<object[]> {
  const res = await fetch(`https://crm.example.com/lists/${listId}?size=${pageSize}`);
  return (await res.json()) as object[];
}
