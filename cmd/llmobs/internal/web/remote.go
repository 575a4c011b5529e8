package web

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"sort"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// RemoteConfig points the console at a deployment's services (compose:
// aggregator :8083, alerter :8084, embedder :8085, every admin /metrics).
type RemoteConfig struct {
	Aggregator string   // base URL serving /api/slis, /api/series, /api/calls, /api/traces/{id}
	Alerter    string   // base URL serving /api/alerts, /api/alerts/recent
	Embedder   string   // base URL serving /api/search, /api/topics
	Metrics    []string // /metrics URLs to digest into /api/pipeline
	// CAFile is a PEM bundle to trust for https service URLs (the
	// deployment's own CA); empty: the system's roots.
	CAFile string
	// Console is the page's own configuration (the trace UI link).
	Console Config
}

// Remote serves the console against remote services: their APIs are
// proxied under the same paths the page uses in the all-in-one binary.
// The page's bearer token goes along with each proxied request and each
// /metrics scrape; the services check it.
func Remote(c RemoteConfig) (http.Handler, error) {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	if c.CAFile != "" {
		pem, err := os.ReadFile(c.CAFile)
		if err != nil {
			return nil, fmt.Errorf("console: CA file: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("console: %s holds no PEM certificate", c.CAFile)
		}
		tr.TLSClientConfig = &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	}
	mux := http.NewServeMux()
	for _, p := range []struct {
		base  string
		paths []string
	}{
		{c.Aggregator, []string{"/api/slis", "/api/series", "/api/calls", "/api/traces/{trace_id}"}},
		{c.Alerter, []string{"/api/alerts", "/api/alerts/recent"}},
		{c.Embedder, []string{"/api/search", "/api/topics"}},
	} {
		if p.base == "" {
			continue
		}
		u, err := url.Parse(p.base)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("console: %q is not an http(s) base URL", p.base)
		}
		rp := &httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) { r.SetURL(u) }, Transport: tr}
		for _, path := range p.paths {
			mux.Handle("GET "+path, rp)
		}
	}
	if err := c.Console.Validate(); err != nil {
		return nil, err
	}
	Mount(Plain(mux), Scraper(c.Metrics, &http.Client{Timeout: 5 * time.Second, Transport: tr}))
	MountConfig(Plain(mux), c.Console)
	return mux, nil
}

// Scraper is a Gatherer over /metrics URLs (Prometheus text format);
// families of the same name from several targets are merged. As a
// RequestGatherer it sends the request's Authorization header on.
func Scraper(urls []string, hc *http.Client) prometheus.Gatherer {
	return scraper{urls, hc}
}

type scraper struct {
	urls []string
	hc   *http.Client
}

func (s scraper) Gather() ([]*dto.MetricFamily, error) { return s.gather("") }

func (s scraper) GatherFor(r *http.Request) ([]*dto.MetricFamily, error) {
	return s.gather(r.Header.Get("Authorization"))
}

func (s scraper) gather(authorization string) ([]*dto.MetricFamily, error) {
	byName := map[string]*dto.MetricFamily{}
	var errs []error
	for _, u := range s.urls {
		fams, err := scrape(s.hc, u, authorization)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		for name, f := range fams {
			if have := byName[name]; have != nil {
				have.Metric = append(have.Metric, f.Metric...)
			} else {
				byName[name] = f
			}
		}
	}
	out := make([]*dto.MetricFamily, 0, len(byName))
	for _, k := range sortedKeys(byName) {
		out = append(out, byName[k])
	}
	sort.Slice(out, func(i, j int) bool { return out[i].GetName() < out[j].GetName() })
	return out, errors.Join(errs...)
}

func scrape(hc *http.Client, u, authorization string) (map[string]*dto.MetricFamily, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "text/plain;version=0.0.4")
	if authorization != "" {
		req.Header.Set("Authorization", authorization)
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("scrape %s: %w", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("scrape %s: HTTP %d", u, resp.StatusCode)
	}
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("scrape %s: %w", u, err)
	}
	return fams, nil
}
