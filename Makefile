# Every target covers every module of go.work: `go test ./...` at a
# workspace root does not cross modules, so targets expand to each module's
# import path pattern.
SHELL := /bin/bash
GO ?= go
MODULE_PATTERNS := $(shell $(GO) list -m -f '{{.Path}}/...')
STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2
FUZZTIME ?= 10s
BENCHTIME ?= 1s

.PHONY: all build test test-race bench gen check-gen lint fuzz demo models ci clean chaos chaos-short chaos-broker

all: build test

build:
	mkdir -p bin
	$(GO) build -o bin/ ./cmd/llmobs ./services/*/cmd/*

## test: every test of every workspace module (the README's test command).
test:
	$(GO) test -count=1 -timeout 12m $(MODULE_PATTERNS)

test-race:
	$(GO) test -race -count=1 -timeout 20m $(MODULE_PATTERNS)

## bench: every benchmark; numbers quoted in the README come from here.
bench:
	$(GO) test -run '^$$' -bench . -benchmem -benchtime $(BENCHTIME) $(MODULE_PATTERNS)

## gen: regenerate proto/llmobs/v1 (protoc from Debian, protoc-gen-go pinned).
gen:
	./proto/gen.sh

## check-gen: fail when the committed generated code is stale.
check-gen: gen
	@git diff --exit-code -- proto/ || { echo "generated code is stale: run make gen and commit" >&2; exit 1; }

lint:
	@unformatted=$$(gofmt -l $$($(GO) list -m -f '{{.Dir}}') | grep -v '/testdata/' || true); \
	if [ -n "$$unformatted" ]; then echo "not gofmt-ed (run gofmt -w):" >&2; echo "$$unformatted" >&2; exit 1; fi
	$(GO) vet $(MODULE_PATTERNS)
	$(GO) run $(STATICCHECK) $(MODULE_PATTERNS)

## fuzz: run every fuzz target for FUZZTIME each.
fuzz:
	./scripts/fuzz.sh $(FUZZTIME)

## models: fetch the built-in sentence encoder's weights with npm (setup time only).
models:
	./scripts/fetch-models.sh

demo:
	$(GO) run ./cmd/llmobs demo

## chaos: the full chaos suite (tests/chaos): the services as processes, two
## instances each, against a TCP kfake broker; 3 SIGKILLs per service, one
## scenario per service, a ClickHouse scenario when clickhouse-server is
## installed; prints the table, exits 1 when an SLI was missed.
## CHAOS_FLAGS adds flags, e.g. CHAOS_FLAGS='-seed 7 -kills 1'.
CHAOS_FLAGS ?=
chaos:
	$(GO) run ./tests/chaos -kills 3 -seed 42 -rate 300 -duration 60s $(CHAOS_FLAGS)

## chaos-broker: the broker scenario alone (SIGKILL llmobs kafka once,
## restart it on its data directory). Not in chaos or chaos-short: kfake's
## crash recovery is not exact, so it fails about one run in three for the
## broker's reasons (README, "Chaos suite"); run it when touching how the
## stages survive a broker restart, and read a failure's details.
chaos-broker:
	$(GO) run ./tests/chaos -services kafka -clickhouse off -kills 1 -seed 42 -rate 300 -duration 60s $(CHAOS_FLAGS)

## chaos-short: what CI runs (LLMOBS_CHAOS=1 enables TestChaosShort): one
## kill per service, less traffic, 25 s ClickHouse freeze; ~6-7 minutes.
chaos-short:
	LLMOBS_CHAOS=1 $(GO) test -count=1 -timeout 15m -run '^TestChaosShort$$' -v ./tests/chaos/

## otelcol: build the real OTel Collector (contrib v0.155.0 components, from
## tests/collector/builder-config.yaml) that tests/collector validates the
## shipped Collector configs with and runs end to end; cached in the Go build
## cache by manifest hash (cold: several minutes), prints the binary's path.
.PHONY: otelcol
otelcol:
	./scripts/build-otelcol.sh

## bench-e2e: llmobs against a real Collector (contrib v0.155.0, built with
## the OTel builder: kafka receiver -> span_metrics -> nop) on the same
## preloaded topic (500k GenAI spans, 100 per record, 6 partitions, a
## standalone kfake broker, fresh per run), back to back, each from a cold
## process start: both wall times, spans/s, the ratio, both peak RSS; and the
## Kafka floor (DESIGN's three transactional hops copying llmobs-sized
## records, nothing else: what no pipeline of that shape beats here).
## Builds both (the Collector is cached). Uses both cores for about a minute.
## BENCH_E2E_FLAGS adds flags, e.g. BENCH_E2E_FLAGS='-runs 3 -json out.json';
## '-peer-work' adds a Collector given comparable work; '-unique-texts' makes
## every call's texts unique (no cache in llmobs meets a text twice);
## '-ablate -runs 2' instead measures llmobs with one part after another
## turned off (embedder, safety/quality checks, PII redaction, alerter): what
## each costs (~6 min).
BENCH_E2E_FLAGS ?=
.PHONY: bench-e2e
bench-e2e:
	$(GO) run ./tests/bench/e2e $(BENCH_E2E_FLAGS)

ci:
	bash .ci/run

clean:
	rm -rf bin

## eval-safety: the prompt-injection / jailbreak detector on its held-out sets
## with the sentence encoder (weights from `make models`), with
## injection.model: false (rules and similarity stage) and as shipped (the
## model); prints the per-family tables quoted in services/enricher/README.md
## (~7 min). heldout10 first: the last set scored blind.
.PHONY: eval-safety
eval-safety:
	cd services/enricher/safety && for s in heldout10 heldout9 heldout8 heldout7 heldout6 heldout5 heldout4 heldout3 heldout2 heldout; do \
		if [ ! -f testdata/$$s.jsonl ]; then echo "$$s: not there, skipped"; continue; fi; \
		for m in false true; do echo "== $$s, injection.model=$$m"; \
		$(GO) test -count=1 -run '^TestEval$$' -safety.eval=$$s -safety.model=$$m . || exit 1; done; done

## train-safety: refit the detector's model (model.go, ngram.go: small networks
## over the encoder's vectors, the rules' scores, scripts and an n-gram model)
## on every labelled set it names (modelSets: never a blind set), choose its
## threshold out of set, print the leave-one-set-out table and rewrite
## services/enricher/safety/model.json and model.bin (~3 min on two cores with
## the encoder's vectors cached in $TMPDIR, a few more the first time).
.PHONY: train-safety
train-safety:
	cd services/enricher/safety && $(GO) test -count=1 -timeout 60m -run '^TestTrainModel$$' -safety.train .

## exemplar-vectors: re-encode the injection exemplars' cue sentences with
## USE Lite and rewrite services/enricher/safety/exemplar_vectors.bin (after
## a change to exemplars.jsonl or to how cue sentences are cut; the
## detector encodes them at every start while the file is stale).
.PHONY: exemplar-vectors
exemplar-vectors:
	cd services/enricher/safety && $(GO) test -count=1 -run '^TestExemplarVectorsFresh$$' -safety.exemplars.update .

## loso-safety: the model's leave-one-set-out table (train on every set but
## heldoutK, threshold chosen on the others, score heldoutK; ~4 min).
.PHONY: loso-safety
loso-safety:
	cd services/enricher/safety && $(GO) test -count=1 -timeout 90m -run '^TestLOSO$$' -safety.loso=all .
