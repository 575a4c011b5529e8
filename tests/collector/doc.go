// Package collector proves the OpenTelemetry Collector configurations
// llmobs ships (deploy/otel-collector/config.yaml and the README's
// "Pointing real applications at it" snippet) against a real Collector:
// contrib v0.155.0 components built by scripts/build-otelcol.sh from
// builder-config.yaml (`make otelcol`). Its tests validate every shipped
// configuration with `otelcol validate`, then run the Collector between
// OTLP clients and a kfake broker with llmobs's ingest and enricher behind
// it, and check what reaches llmobs.enriched.
//
// The tests build the Collector when LLMOBS_OTELCOL does not name one; they
// skip only when it cannot be built and neither LLMOBS_REQUIRE_OTELCOL nor
// CI is set.
package collector
