class Point {
  constructor(public x: number, public y: number) {}
}

export async function main(p: Point, when = new Date(0).getTime()) {
  return p;
}
