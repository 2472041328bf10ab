package inner

import "fmt"

func main(service string, ref string) (interface{}, error) {
	return fmt.Sprintf("%s-%s", service, ref), nil
}
