export async function main(
  a: Date,
  b?: Date,
  c: Date = new Date(),
  d: Date | undefined,
  e: Date[] = [],
  f: { when: Date; whens: Date[] },
  g: Date | null = null,
) {
  return a;
}
