package alerter

import (
	"errors"
	"testing"
)

// FuzzParseRules: any bytes give rules or LineErrors, never a panic; the
// seeds are the default rules and the test files in testdata.
func FuzzParseRules(f *testing.F) {
	f.Add(DefaultRules())
	f.Add([]byte(svcRules))
	f.Add([]byte(sloRules))
	f.Add([]byte(budgetRules))
	f.Fuzz(func(t *testing.T, b []byte) {
		rules, err := ParseRules("f.yaml", b)
		if err != nil {
			var le *LineError
			if !errors.As(err, &le) {
				t.Fatalf("not a LineError: %v", err)
			}
			return
		}
		e := NewEngine(rules)
		for i := 0; i < 3; i++ {
			e.Evaluate(win{svc: "chat-api", model: "m", i: i, req: 10, errs: 5, p99: 9000}.pb())
		}
		e.Sweep()
	})
}
