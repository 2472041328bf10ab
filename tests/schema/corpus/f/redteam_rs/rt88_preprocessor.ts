export async function preprocessor(event: { kind: string; body: unknown }) {
  return { a: 1 };
}
export async function main(a: number, b = "x") {}
