enum Color {
  Red = "red",
  Blue = "blue",
}

enum Flags {
  A = 1 << 0,
  B = 1 << 1,
  C = -1,
}

export async function main(c: Color = Color["Red"], f: Flags = Flags.B, all: Color[] = [Color.Red]) {
  return c;
}
