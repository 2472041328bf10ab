export async function main(url: string, width: number) {
  return { url, width };
}
