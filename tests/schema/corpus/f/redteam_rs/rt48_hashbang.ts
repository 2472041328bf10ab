#!/usr/bin/env bun
export async function main(a = "hashbang") {
  return a;
}
