package ingest

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain fails the package's tests when a goroutine started by the
// service (consumer, OTLP servers, partition watcher) outlives its test.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}
