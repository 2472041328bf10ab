{
  function main(a: string) {}
}
