// Command ingest runs the ingest service on its own.
package main

import (
	"github.com/llmobs/llmobs/pkg/service"
	"github.com/llmobs/llmobs/services/ingest"
)

func main() {
	service.Main(service.Spec[ingest.Config]{
		Name:        "ingest",
		AdminListen: "127.0.0.1:8081",
		Config:      ingest.DefaultConfig(),
		New:         ingest.New,
	})
}
