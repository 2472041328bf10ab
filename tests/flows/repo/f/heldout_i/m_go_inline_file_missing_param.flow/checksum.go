package inner

import (
	"crypto/sha256"
	"fmt"
	"os"
)

func main(path string, algorithm string) (interface{}, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return fmt.Sprintf("%s:%x", algorithm, sha256.Sum256(data)), nil
}
