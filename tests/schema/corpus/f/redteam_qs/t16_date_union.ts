export async function main(
  when: Date,
  maybe: Date | null = null,
  either: string | number,
  lit: "a" | "b" | 3,
  bools: true | false,
  nums: 1 | 2 | 3 = 2,
) {
  return when;
}
