package inner

import "strings"

// Repeat a word n times, joined by sep.
func main(word string, n int, sep string) (interface{}, error) {
	return strings.Repeat(word+sep, n), nil
}
