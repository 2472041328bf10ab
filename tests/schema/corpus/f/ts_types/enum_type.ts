enum Color { Red = "red", Blue = "blue" }
const enum Size { S, M }
export async function main(c: Color, s: Size) {}
