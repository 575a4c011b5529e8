package embedder

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/llmobs/llmobs/services/embedder/encoder"
	"github.com/llmobs/llmobs/services/embedder/index"
)

type qualitySet struct {
	Groups []struct {
		Name    string   `json:"name"`
		Query   string   `json:"query"`
		Prompts []string `json:"prompts"`
	} `json:"groups"`
}

// TestSearchQuality indexes a labelled set with the built-in encoder and
// measures mean reciprocal rank (MRR) of the first same-group result, for
// each group's paraphrased query and for every prompt used as a "more like
// this" query. Paraphrases must outrank unrelated prompts: MRR ≥ 0.9 and
// every group query's top hit from its own group.
func TestSearchQuality(t *testing.T) {
	dir := filepath.Join("..", "..", encoder.DefaultUSELiteDir)
	if _, err := os.Stat(filepath.Join(dir, "model.json")); err != nil {
		t.Skipf("USE Lite weights not in %s (run `make models`)", dir)
	}
	enc, err := encoder.NewUSELite(dir)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("testdata/search_quality.json")
	if err != nil {
		t.Fatal(err)
	}
	var set qualitySet
	if err := json.Unmarshal(raw, &set); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	idx := index.NewMemory()
	if err := idx.Ensure(ctx, enc.Dim()); err != nil {
		t.Fatal(err)
	}
	group := map[string]string{} // point ID → group
	var points []index.Point
	var texts []string
	for _, g := range set.Groups {
		for _, p := range g.Prompts {
			id := index.PointID(textHash(p))
			group[id] = g.Name
			points = append(points, index.Point{ID: id, Payload: index.Payload{Text: p, Service: "s"}})
			texts = append(texts, p)
		}
	}
	vecs, err := enc.Embed(ctx, texts)
	if err != nil {
		t.Fatal(err)
	}
	for i := range points {
		points[i].Vector = vecs[i]
	}
	if err := idx.Upsert(ctx, points); err != nil {
		t.Fatal(err)
	}
	rr := func(hits []index.Hit, want string) float64 {
		for i, h := range hits {
			if group[h.ID] == want {
				return 1 / float64(i+1)
			}
		}
		return 0
	}
	var queryMRR, likeMRR float64
	for _, g := range set.Groups {
		qv, err := enc.Embed(ctx, []string{g.Query})
		if err != nil {
			t.Fatal(err)
		}
		hits, err := idx.Search(ctx, index.Query{Vector: qv[0], K: 10})
		if err != nil {
			t.Fatal(err)
		}
		r := rr(hits, g.Name)
		if r < 1 {
			t.Errorf("query %q: first hit %q is from another group (rank of first relevant: 1/%v)", g.Query, hits[0].Payload.Text, r)
		}
		queryMRR += r
	}
	for i, p := range points {
		hits, err := idx.Search(ctx, index.Query{Vector: p.Vector, K: 10, Filter: index.Filter{ExcludeID: p.ID}})
		if err != nil {
			t.Fatal(err)
		}
		likeMRR += rr(hits, group[points[i].ID])
	}
	queryMRR /= float64(len(set.Groups))
	likeMRR /= float64(len(points))
	t.Logf("search quality (%d groups, %d prompts, use-lite): MRR of paraphrased queries %.3f, MRR of more-like-this %.3f", len(set.Groups), len(points), queryMRR, likeMRR)
	if queryMRR < 0.9 || likeMRR < 0.8 {
		t.Errorf("MRR too low: queries %.3f (want ≥ 0.9), more-like-this %.3f (want ≥ 0.8)", queryMRR, likeMRR)
	}
}
