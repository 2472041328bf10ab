enum Color {
  Red = "red",
  Green = "green",
}

enum Level {
  Low = 1,
  High = 10,
}

enum Auto {
  First,
  Second,
}

const enum Dir {
  Up = "UP",
  Down = "DOWN",
}

export async function main(c: Color, l: Level, a: Auto, d: Dir = Dir.Up, c2 = Color.Green) {
  return c;
}
