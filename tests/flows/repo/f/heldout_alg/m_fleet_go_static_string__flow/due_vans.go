package inner

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

type van struct {
	Plate        string `json:"plate"`
	KmSinceService int  `json:"km_since_service"`
}

func main(depot string, thresholdKm int) (interface{}, error) {
	url := fmt.Sprintf("%s/depots/%s/vans", os.Getenv("FLEET_API_URL"), depot)
	resp, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var vans []van
	if err := json.NewDecoder(resp.Body).Decode(&vans); err != nil {
		return nil, err
	}
	plates := []string{}
	for _, v := range vans {
		if v.KmSinceService >= thresholdKm {
			plates = append(plates, v.Plate)
		}
	}
	return map[string]interface{}{"plates": plates, "total": len(plates)}, nil
}
