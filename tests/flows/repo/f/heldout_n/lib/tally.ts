export async function main(items: string[], limit: number = 10) {
  return items.slice(0, limit).length;
}
