// Command aggregator runs the aggregator service on its own.
package main

import (
	"github.com/llmobs/llmobs/pkg/service"
	"github.com/llmobs/llmobs/services/aggregator"
)

func main() {
	service.Main(service.Spec[aggregator.Config]{
		Name:        "aggregator",
		AdminListen: "127.0.0.1:8083",
		Config:      aggregator.DefaultConfig(),
		New:         aggregator.New,
	})
}
