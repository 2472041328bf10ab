package inner

import (
	"encoding/json"
	"fmt"
	"net/http"
)

func main(gallery string) (interface{}, error) {
	resp, err := http.Get(fmt.Sprintf("http://lsss.aquarium.internal/galleries/%s/tanks", gallery))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var tanks []string
	if err := json.NewDecoder(resp.Body).Decode(&tanks); err != nil {
		return nil, err
	}
	return map[string]interface{}{"gallery": gallery, "tanks": tanks, "count": len(tanks)}, nil
}
