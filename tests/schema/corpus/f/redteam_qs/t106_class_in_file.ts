export class Options {
  retries = 3;
  name: string = "x";
}
abstract class Base {
  abstract run(): void;
}
export async function main(o: Options, b: Base, o2: Options = new Options()) {
  return o;
}
