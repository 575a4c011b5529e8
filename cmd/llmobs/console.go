package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/llmobs/llmobs/cmd/llmobs/internal/web"
)

// cmdConsole serves the console against remote services: a compose
// deployment's aggregator, alerter and embedder APIs (proxied) and their
// /metrics (scraped for the pipeline view). The all-in-one binary serves
// the same page on its own admin port without this command.
func cmdConsole(args []string) error {
	fs := flag.NewFlagSet("llmobs console", flag.ContinueOnError)
	listen := fs.String("listen", "127.0.0.1:8090", "address to serve the console on")
	agg := fs.String("aggregator", "http://127.0.0.1:8083", "aggregator admin URL (/api/slis, /api/series, /api/calls, /api/traces/)")
	alr := fs.String("alerter", "http://127.0.0.1:8084", "alerter admin URL (/api/alerts)")
	emb := fs.String("embedder", "http://127.0.0.1:8085", "embedder admin URL (/api/search, /api/topics)")
	metrics := fs.String("metrics", "http://127.0.0.1:8081/metrics,http://127.0.0.1:8082/metrics,http://127.0.0.1:8083/metrics,http://127.0.0.1:8084/metrics,http://127.0.0.1:8085/metrics",
		"comma-separated /metrics URLs of the services, for the pipeline view")
	traceURL := fs.String("trace-url", "", "link from a call to a trace UI, {trace_id} filled in, e.g. http://127.0.0.1:16686/trace/{trace_id} (Jaeger)")
	caFile := fs.String("ca-file", "", "PEM CA bundle to trust for https service URLs (a deployment with tls.cert_file from its own CA)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var urls []string
	for _, u := range strings.Split(*metrics, ",") {
		if u = strings.TrimSpace(u); u != "" {
			urls = append(urls, u)
		}
	}
	h, err := web.Remote(web.RemoteConfig{Aggregator: *agg, Alerter: *alr, Embedder: *emb, Metrics: urls, CAFile: *caFile, Console: web.Config{TraceURL: *traceURL}})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		return err
	}
	fmt.Printf("llmobs console on http://%s (aggregator %s, alerter %s, embedder %s)\n", ln.Addr(), *agg, *alr, *emb)
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
