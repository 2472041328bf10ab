function main(a: string, b = [1]) {
  return a;
}
