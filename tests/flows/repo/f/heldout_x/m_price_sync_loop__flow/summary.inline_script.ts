export async function main(pushed: number) {
  return { pushed };
}
