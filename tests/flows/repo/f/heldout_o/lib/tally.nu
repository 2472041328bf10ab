def main [items: list, label: string] {
  $items | length
}
