package safety

import (
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/llmobs/llmobs/services/embedder/encoder"
)

// The load generator (loadgen/ at the repository's root) sends the demo's
// and the end-to-end benchmark's traffic. Its prompt material is read from
// its source here (go/parser: no import of its module), and every prompt it
// can build is put together the way loadgen/content.go's prompt() and
// newSubjectPrompt() do.

// loadgenStrings returns the string slices declared at the top of the
// loadgen package's files (name -> values); nil when the source is not
// there (the enricher built on its own).
func loadgenStrings(t testing.TB) map[string][]string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "loadgen")
	out := map[string][]string{}
	for _, f := range []string{"content.go", "safety.go"} {
		src, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			return nil
		}
		file, err := parser.ParseFile(token.NewFileSet(), f, src, 0)
		if err != nil {
			t.Fatalf("loadgen/%s: %v", f, err)
		}
		for _, d := range file.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, sp := range g.Specs {
				vs := sp.(*ast.ValueSpec)
				for i, name := range vs.Names {
					if i >= len(vs.Values) {
						continue
					}
					cl, ok := vs.Values[i].(*ast.CompositeLit)
					if !ok {
						continue
					}
					var ss []string
					for _, el := range cl.Elts {
						bl, ok := el.(*ast.BasicLit)
						if !ok || bl.Kind != token.STRING {
							ss = nil
							break
						}
						s, err := strconv.Unquote(bl.Value)
						if err != nil {
							t.Fatal(err)
						}
						ss = append(ss, s)
					}
					if ss != nil {
						out[name.Name] = ss
					}
				}
			}
		}
	}
	return out
}

// loadgenText is one text loadgen sends: a user prompt, or a retrieved
// document (context).
type loadgenText struct {
	text      string
	inContext bool
	want      string // the flag loadgen labels it with ("" for ordinary traffic)
}

// loadgenTexts: every ordinary prompt loadgen's prompt() and
// newSubjectPrompt() can build (each ask form with each topic, alone and
// with each PII sentence and value), its plain documents, and its attacks
// (injection and jailbreak prompts, injected documents) with their labels.
func loadgenTexts(t testing.TB) []loadgenText {
	t.Helper()
	m := loadgenStrings(t)
	if m == nil {
		t.Skip("loadgen's source is not in ../../../loadgen")
	}
	need := func(name string) []string {
		if len(m[name]) == 0 {
			t.Fatalf("loadgen: no string slice %s (did content.go change?)", name)
		}
		return m[name]
	}
	// prompt(): form i of piiForms takes a value of these lists (its
	// switch), the last form the keys.
	piiValues := [][]string{need("emails"), need("cards"), need("phones"), need("ibans"), need("ips"), need("keys")}
	piiForms := need("piiForms")
	if len(piiForms) != len(piiValues) {
		t.Fatalf("loadgen: %d piiForms, the test pairs %d with values (update loadgenTexts as prompt() pairs them)", len(piiForms), len(piiValues))
	}
	var out []loadgenText
	for _, form := range need("askForms") {
		for _, topic := range slices.Concat(need("topics"), need("newSubject")) {
			text := fmt.Sprintf(form, topic)
			out = append(out, loadgenText{text: text})
			for i, pf := range piiForms {
				for _, v := range piiValues[i] {
					out = append(out, loadgenText{text: text + " " + fmt.Sprintf(pf, v)})
				}
			}
		}
	}
	for _, d := range need("plainDocs") {
		out = append(out, loadgenText{text: d, inContext: true})
	}
	for _, p := range need("injectionPrompts") {
		out = append(out, loadgenText{text: p, want: FlagPromptInjection})
	}
	for _, p := range need("jailbreakPrompts") {
		out = append(out, loadgenText{text: p, want: FlagJailbreak})
	}
	for _, d := range need("injectedDocs") {
		out = append(out, loadgenText{text: d, inContext: true, want: FlagPromptInjection})
	}
	return out
}

// TestLoadgenTraffic: without the encoder's weights, the default (the
// model's lite half) and the rules alone (injection.model: false) flag
// none of loadgen's ordinary traffic (every prompt it can build, its
// plain documents) and every attack it sends, with the flag loadgen labels
// it with.
func TestLoadgenTraffic(t *testing.T) {
	for _, cfg := range []Config{DefaultConfig(), rulesConfig()} {
		t.Run(fmt.Sprintf("model=%t", cfg.Model), func(t *testing.T) {
			d, err := New(context.Background(), cfg, nil)
			if err != nil {
				t.Fatal(err)
			}
			checkLoadgen(t, d, t.Errorf)
		})
	}
}

// checkLoadgen runs d over loadgen's texts; report (t.Errorf, or a no-op
// for a detector that is not the default) says what it got wrong.
func checkLoadgen(t *testing.T, d *Detector, report func(format string, args ...any)) (falsePos, missed int) {
	t.Helper()
	texts := loadgenTexts(t)
	ordinary, attacks := 0, 0
	for _, lt := range texts {
		res := d.Check(context.Background(), lt.text, lt.inContext)
		if lt.want == "" {
			ordinary++
			if len(res.Flags) > 0 {
				falsePos++
				report("ordinary loadgen text flagged %v (score %.2f, %s, p %.3f): %q", res.Flags, res.Score, res.Family, res.Prob, lt.text)
			}
			continue
		}
		attacks++
		if !slices.Contains(res.Flags, lt.want) {
			missed++
			report("loadgen attack not flagged %s (got %v, score %.2f, p %.3f): %q", lt.want, res.Flags, res.Score, res.Prob, lt.text)
		}
	}
	t.Logf("%d ordinary loadgen texts (%d flagged), %d attacks (%d missed)", ordinary, falsePos, attacks, missed)
	return falsePos, missed
}

// TestLoadgenTrafficEncoder: the same with the encoder, when its weights
// are there: the default (the model: its lite half, the encoder and the
// full model where it is unsure) and injection.model: false (the rules
// and the similarity stage) must flag none of the ordinary texts and
// every attack.
func TestLoadgenTrafficEncoder(t *testing.T) {
	if testing.Short() {
		t.Skip("encodes ~1,000 sentences")
	}
	enc, err := encoder.NewUSELite(modelDir(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, model := range []bool{false, true} {
		t.Run(fmt.Sprintf("model=%t", model), func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.Model = model
			cfg.MaxEncodesPerSecond = 1e9
			cfg.EncoderCPU = 0 // nor its CPU bound
			d, err := New(context.Background(), cfg, enc)
			if err != nil {
				t.Fatal(err)
			}
			if d.Model() != model {
				t.Fatalf("model %t, want %t", d.Model(), model)
			}
			checkLoadgen(t, d, t.Errorf)
		})
	}
}
