export async function* main(a: string) {
  yield a;
}
