package embedded

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"

	"github.com/twmb/franz-go/pkg/kfake"
)

// kfake's diagnostic of a transaction that took over 5 ms to end is no
// warning for a user; its other warnings and errors stay what they are.
func TestKfakeLogLevels(t *testing.T) {
	var buf bytes.Buffer
	l := slogLogger{slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))}
	l.Logf(kfake.LogLevelWarn, "txn: EndTxn slow pid=%d epoch=%d elapsed=%dms batches=%d groups=%d", 1, 2, 6, 3, 1)
	l.Logf(kfake.LogLevelWarn, "something odd: %s", "x")
	l.Logf(kfake.LogLevelError, "broken: %s", "y")
	l.Logf(kfake.LogLevelInfo, "request %d", 7)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	want := []string{"level=DEBUG msg=\"txn: EndTxn slow", "level=WARN msg=\"something odd: x\"", "level=ERROR msg=\"broken: y\"", "level=DEBUG msg=\"request 7\""}
	if len(lines) != len(want) {
		t.Fatalf("%d lines: %q", len(lines), lines)
	}
	for i, w := range want {
		if !strings.Contains(lines[i], w) {
			t.Errorf("line %d: %q, want %q", i, lines[i], w)
		}
	}
}
