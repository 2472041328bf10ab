export async function main(id: string) {
  return { id };
}
