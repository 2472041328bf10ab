export async function main(ids: number[]) {
  return { closed: ids.length, ids };
}
