namespace X {
  export function main(a: string) {}
}
