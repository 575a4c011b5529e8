package safety

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
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
