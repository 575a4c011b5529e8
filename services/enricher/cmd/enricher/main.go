// Command enricher runs the enricher service on its own.
package main

import (
	"github.com/llmobs/llmobs/pkg/service"
	"github.com/llmobs/llmobs/services/enricher"
)

func main() {
	service.Main(service.Spec[enricher.Config]{
		Name:        "enricher",
		AdminListen: "127.0.0.1:8082",
		Config:      enricher.DefaultConfig(),
		New:         enricher.New,
	})
}
