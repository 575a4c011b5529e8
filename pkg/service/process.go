package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"time"

	"github.com/llmobs/llmobs/pkg/admin"
)

// Unit is one service a process builds and runs.
type Unit struct {
	Name string
	New  func(Deps) (Service, error)
}

// ProcessOptions say how a process treats its units.
type ProcessOptions struct {
	// Optional: a unit whose constructor returns ErrNotAvailable is
	// listed as unavailable and the rest start (the all-in-one binary);
	// otherwise it is an error (a standalone service).
	Optional bool
	// LabelUnits adds service=<name> to each unit's logger (several
	// units share the process's logger).
	LabelUnits bool
	// Mount adds handlers to the admin server once the units mounted
	// theirs (the console).
	Mount func(*admin.Server)
}

// Process is what every llmobs process — a standalone service or the
// all-in-one binary with any list of services — is wired from: the topics
// checked, one admin server (metrics, health, readiness, pprof, the units'
// APIs), the units built with their Deps, and one Group that runs and
// stops them together. There is no second wiring path.
type Process struct {
	Admin *admin.Server
	// Started and Unavailable list the units by name; Why holds each
	// unavailable unit's reason, Endpoints what each started one serves.
	Started, Unavailable []string
	Why                  map[string]string
	Endpoints            map[string]string

	log     *slog.Logger
	common  Common
	ln      net.Listener
	members []Member
}

// Build checks the topics, builds every unit and opens the admin
// listener; Run runs them.
func Build(ctx context.Context, common Common, log *slog.Logger, units []Unit, o ProcessOptions) (*Process, error) {
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	err := EnsureTopics(tctx, common)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("topics: %w", err)
	}
	adm := admin.New(log)
	adm.Configure(common.Admin)
	guard, tr, err := Secure(common, log, adm, adm.Registry)
	if err != nil {
		return nil, err
	}
	p := &Process{Admin: adm, Why: map[string]string{}, Endpoints: map[string]string{}, log: log, common: common}
	deps := Deps{
		Log: log, Metrics: adm.Registry, Admin: adm,
		Kafka: common.Kafka, Topics: common.Topics,
		InstanceID: common.Instance(), ShutdownTimeout: common.ShutdownTimeout,
		Auth: guard, TLS: tr,
	}
	listeners := []Listener{{Name: "admin", Addr: common.Admin.Listen}}
	for _, u := range units {
		d := deps
		if o.LabelUnits {
			d.Log = log.With("service", u.Name)
		}
		svc, err := u.New(d)
		switch {
		case errors.Is(err, ErrNotAvailable) && o.Optional:
			p.Unavailable = append(p.Unavailable, u.Name)
			p.Why[u.Name] = strings.TrimPrefix(err.Error(), ErrNotAvailable.Error()+": ")
			continue
		case err != nil:
			return nil, fmt.Errorf("start %s: %w", u.Name, err)
		}
		p.Started = append(p.Started, u.Name)
		if e, ok := svc.(interface{ Endpoints() []string }); ok {
			p.Endpoints[u.Name] = strings.Join(e.Endpoints(), ", ")
		}
		if l, ok := svc.(interface{ Listeners() []Listener }); ok {
			listeners = append(listeners, l.Listeners()...)
		}
		p.members = append(p.members, Member{Name: u.Name, Service: svc})
	}
	if o.Mount != nil {
		o.Mount(adm)
	}
	if p.ln, err = adm.Listen(common.Admin.Listen); err != nil {
		return nil, err
	}
	for _, w := range ExposureWarnings(common, listeners) {
		log.Warn(w)
	}
	return p, nil
}

// AdminAddr is where the admin server listens.
func (p *Process) AdminAddr() string { return p.Admin.Addr() }

// Run runs every started unit and the admin server until ctx ends or one
// fails, then stops them all within the shutdown timeout (readiness flips
// first).
func (p *Process) Run(ctx context.Context) error {
	ln := p.ln
	members := append(p.members, Member{Name: "admin", Service: Func(func(ctx context.Context) error { return p.Admin.Serve(ctx, ln) })})
	return Group(ctx, p.log, p.common.ShutdownTimeout, p.Admin.Drain, members...)
}
