enum Color {
  Red = "red",
  Green = "green", // trailing
}
const enum Level {
  Low = 1,
  High = 2,
}
enum Auto {
  A,
  B,
}
enum Mixed {
  X = "x",
  Y = 2,
}

export async function main(
  c: Color = Color.Red,
  l: Level = Level.High,
  a: Auto = Auto.B,
  m: Mixed = Mixed.X,
  cs: Color[] = [],
  oc?: Color,
) {
  return c;
}
