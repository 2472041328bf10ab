export async function main(cursor: string | undefined, page_size: number = 50) {
  return { items: [], next: cursor ? null : "2", page_size };
}
