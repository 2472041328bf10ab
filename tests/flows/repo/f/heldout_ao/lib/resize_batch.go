package inner

import (
	"fmt"
)

func main(bucket string, keys []string, width int) (interface{}, error) {
	if width <= 0 {
		return nil, fmt.Errorf("width must be positive, got %d", width)
	}
	resized := 0
	for _, k := range keys {
		fmt.Printf("resizing s3://%s/%s to %dpx\n", bucket, k, width)
		resized++
	}
	return map[string]interface{}{"resized": resized, "width": width}, nil
}
