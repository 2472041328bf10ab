package inner

import (
	"sort"
)

func main(volunteers []map[string]interface{}, stages int, per_stage int) (interface{}, error) {
	names := make([]string, 0, len(volunteers))
	for _, v := range volunteers {
		names = append(names, v["email"].(string))
	}
	sort.Strings(names)
	shifts := make([]map[string]interface{}, 0, stages)
	for s := 0; s < stages; s++ {
		crew := []string{}
		for i := s; i < len(names) && len(crew) < per_stage; i += stages {
			crew = append(crew, names[i])
		}
		shifts = append(shifts, map[string]interface{}{"stage": s + 1, "crew": crew})
	}
	return map[string]interface{}{"shifts": shifts, "unassigned": len(names) - stages*per_stage}, nil
}
