// Command embedder runs the embedder service on its own.
package main

import (
	"github.com/llmobs/llmobs/pkg/service"
	"github.com/llmobs/llmobs/services/embedder"
)

func main() {
	service.Main(service.Spec[embedder.Config]{
		Name:        "embedder",
		AdminListen: "127.0.0.1:8085",
		Config:      embedder.DefaultConfig(),
		New:         embedder.New,
	})
}
