// Command alerter runs the alerter service on its own.
package main

import (
	"github.com/llmobs/llmobs/pkg/service"
	"github.com/llmobs/llmobs/services/alerter"
)

func main() {
	service.Main(service.Spec[alerter.Config]{
		Name:        "alerter",
		AdminListen: "127.0.0.1:8084",
		Config:      alerter.DefaultConfig(),
		New:         alerter.New,
	})
}
