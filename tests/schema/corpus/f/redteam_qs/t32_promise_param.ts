export async function main(p: Promise<string>, r: ReturnType<typeof main>, t: typeof globalThis) {
  return p;
}
