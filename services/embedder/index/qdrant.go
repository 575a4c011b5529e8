package index

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"time"

	"github.com/qdrant/go-client/qdrant"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// QdrantConfig addresses one Qdrant collection over gRPC.
type QdrantConfig struct {
	Addr       string // host:port of the gRPC API (default localhost:6334)
	APIKey     string
	TLS        bool
	Collection string        // default DefaultCollection
	Timeout    time.Duration // per call (default 10 s)
}

// Qdrant is the Index on a Qdrant collection (cosine distance). Payload
// keys are those of Payload's JSON names, plus time_ms (the span end in
// unix milliseconds) for range filters; keyword/bool/float/integer payload
// indexes are created for every field a search filters on.
type Qdrant struct {
	cl      *qdrant.Client
	coll    string
	timeout time.Duration
}

// NewQdrant connects (lazily: gRPC dials on first use, so a Qdrant that is
// still starting is retried by the caller's backoff, not fatal here).
func NewQdrant(_ context.Context, c QdrantConfig) (*Qdrant, error) {
	if c.Addr == "" {
		c.Addr = "localhost:6334"
	}
	host, ps, err := net.SplitHostPort(c.Addr)
	if err != nil {
		return nil, fmt.Errorf("index: qdrant address %q: %w", c.Addr, err)
	}
	port, err := strconv.Atoi(ps)
	if err != nil || port <= 0 || port > 65535 {
		return nil, fmt.Errorf("index: qdrant address %q: bad port", c.Addr)
	}
	if c.Collection == "" {
		c.Collection = DefaultCollection
	}
	if c.Timeout <= 0 {
		c.Timeout = 10 * time.Second
	}
	cl, err := qdrant.NewClient(&qdrant.Config{Host: host, Port: port, APIKey: c.APIKey, UseTLS: c.TLS, SkipCompatibilityCheck: true, PoolSize: 1})
	if err != nil {
		return nil, fmt.Errorf("index: qdrant client: %w", err)
	}
	return &Qdrant{cl: cl, coll: c.Collection, timeout: c.Timeout}, nil
}

// mapErr wraps transient gRPC failures in ErrUnavailable.
func mapErr(op string, err error) error {
	if err == nil {
		return nil
	}
	switch status.Code(err) {
	case codes.Unavailable, codes.DeadlineExceeded, codes.ResourceExhausted, codes.Aborted:
		return fmt.Errorf("index: qdrant %s: %w: %v", op, ErrUnavailable, err)
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("index: qdrant %s: %w: %v", op, ErrUnavailable, err)
	}
	return fmt.Errorf("index: qdrant %s: %w", op, err)
}

func (q *Qdrant) ctx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, q.timeout)
}

// payload indexes: field → type.
var payloadIndexes = []struct {
	field string
	typ   qdrant.FieldType
}{
	{"service", qdrant.FieldType_FieldTypeKeyword},
	{"model", qdrant.FieldType_FieldTypeKeyword},
	{"trace_ids", qdrant.FieldType_FieldTypeKeyword},
	{"user_ids", qdrant.FieldType_FieldTypeKeyword},
	{"flags", qdrant.FieldType_FieldTypeKeyword},
	{"error", qdrant.FieldType_FieldTypeBool},
	{"time_ms", qdrant.FieldType_FieldTypeInteger},
	{"latency_ms", qdrant.FieldType_FieldTypeFloat},
	{"tenant", qdrant.FieldType_FieldTypeKeyword},
}

// Ensure creates the collection and its payload indexes when missing.
func (q *Qdrant) Ensure(ctx context.Context, dim int) error {
	if dim <= 0 {
		return fmt.Errorf("index: dimension %d", dim)
	}
	c, cancel := q.ctx(ctx)
	defer cancel()
	exists, err := q.cl.CollectionExists(c, q.coll)
	if err != nil {
		return mapErr("collection exists", err)
	}
	if exists {
		info, err := q.cl.GetCollectionInfo(c, q.coll)
		if err != nil {
			return mapErr("collection info", err)
		}
		if p := info.GetConfig().GetParams().GetVectorsConfig().GetParams(); p != nil && p.GetSize() != uint64(dim) {
			return fmt.Errorf("%w: %s has %d, the encoder makes %d (use another collection or delete it)", ErrDimMismatch, q.coll, p.GetSize(), dim)
		}
	} else {
		err := q.cl.CreateCollection(c, &qdrant.CreateCollection{
			CollectionName: q.coll,
			VectorsConfig:  qdrant.NewVectorsConfig(&qdrant.VectorParams{Size: uint64(dim), Distance: qdrant.Distance_Cosine}),
		})
		// Another instance may have created it meanwhile.
		if err != nil && status.Code(err) != codes.AlreadyExists {
			return mapErr("create collection", err)
		}
	}
	wait := true
	for _, ix := range payloadIndexes {
		typ := ix.typ
		if _, err := q.cl.CreateFieldIndex(c, &qdrant.CreateFieldIndexCollection{
			CollectionName: q.coll, FieldName: ix.field, FieldType: &typ, Wait: &wait,
		}); err != nil && status.Code(err) != codes.AlreadyExists {
			return mapErr("create payload index "+ix.field, err)
		}
	}
	return nil
}

// Upsert writes points and waits until they are applied.
func (q *Qdrant) Upsert(ctx context.Context, points []Point) error {
	if len(points) == 0 {
		return nil
	}
	ps := make([]*qdrant.PointStruct, len(points))
	for i, p := range points {
		ps[i] = &qdrant.PointStruct{Id: qdrant.NewIDUUID(p.ID), Vectors: qdrant.NewVectorsDense(p.Vector), Payload: toValues(p.Payload)}
	}
	c, cancel := q.ctx(ctx)
	defer cancel()
	wait := true
	_, err := q.cl.Upsert(c, &qdrant.UpsertPoints{CollectionName: q.coll, Wait: &wait, Points: ps})
	return mapErr("upsert", err)
}

// SetPayload overwrites payloads of existing points, in one batch call.
func (q *Qdrant) SetPayload(ctx context.Context, updates map[string]Payload) error {
	if len(updates) == 0 {
		return nil
	}
	ops := make([]*qdrant.PointsUpdateOperation, 0, len(updates))
	for id, p := range updates {
		ops = append(ops, &qdrant.PointsUpdateOperation{Operation: &qdrant.PointsUpdateOperation_OverwritePayload_{
			OverwritePayload: &qdrant.PointsUpdateOperation_OverwritePayload{
				Payload: toValues(p), PointsSelector: qdrant.NewPointsSelector(qdrant.NewIDUUID(id)),
			},
		}})
	}
	c, cancel := q.ctx(ctx)
	defer cancel()
	wait := true
	_, err := q.cl.UpdateBatch(c, &qdrant.UpdateBatchPoints{CollectionName: q.coll, Wait: &wait, Operations: ops})
	return mapErr("overwrite payload", err)
}

// Get returns the payloads of the ids that exist.
func (q *Qdrant) Get(ctx context.Context, ids []string) (map[string]Payload, error) {
	out := map[string]Payload{}
	if len(ids) == 0 {
		return out, nil
	}
	pids := make([]*qdrant.PointId, len(ids))
	for i, id := range ids {
		pids[i] = qdrant.NewIDUUID(id)
	}
	c, cancel := q.ctx(ctx)
	defer cancel()
	got, err := q.cl.Get(c, &qdrant.GetPoints{CollectionName: q.coll, Ids: pids, WithPayload: qdrant.NewWithPayload(true)})
	if err != nil {
		return nil, mapErr("get", err)
	}
	for _, p := range got {
		out[p.GetId().GetUuid()] = fromValues(p.GetPayload())
	}
	return out, nil
}

// ByTrace scrolls for the point whose trace_ids contain traceID.
func (q *Qdrant) ByTrace(ctx context.Context, traceID string) (Point, bool, error) {
	c, cancel := q.ctx(ctx)
	defer cancel()
	limit := uint32(1)
	got, err := q.cl.Scroll(c, &qdrant.ScrollPoints{
		CollectionName: q.coll,
		Filter:         &qdrant.Filter{Must: []*qdrant.Condition{qdrant.NewMatchKeyword("trace_ids", traceID)}},
		Limit:          &limit,
		WithPayload:    qdrant.NewWithPayload(true),
		WithVectors:    qdrant.NewWithVectors(true),
	})
	if err != nil {
		return Point{}, false, mapErr("scroll", err)
	}
	if len(got) == 0 {
		return Point{}, false, nil
	}
	p := got[0]
	vo := p.GetVectors().GetVector()
	vec := vo.GetDense().GetData()
	if len(vec) == 0 {
		//lint:ignore SA1019 servers before 1.13 only fill the deprecated field
		vec = vo.GetData()
	}
	return Point{ID: p.GetId().GetUuid(), Vector: vec, Payload: fromValues(p.GetPayload())}, true, nil
}

// Search is a nearest-neighbour query with the filter.
func (q *Qdrant) Search(ctx context.Context, qu Query) ([]Hit, error) {
	if qu.K < 1 || qu.K > MaxK {
		return nil, fmt.Errorf("index: k must be in 1..%d", MaxK)
	}
	c, cancel := q.ctx(ctx)
	defer cancel()
	limit := uint64(qu.K)
	got, err := q.cl.Query(c, &qdrant.QueryPoints{
		CollectionName: q.coll,
		Query:          qdrant.NewQueryDense(qu.Vector),
		Filter:         toFilter(qu.Filter),
		Limit:          &limit,
		WithPayload:    qdrant.NewWithPayload(true),
	})
	if err != nil {
		return nil, mapErr("query", err)
	}
	out := make([]Hit, len(got))
	for i, p := range got {
		out[i] = Hit{ID: p.GetId().GetUuid(), Score: p.GetScore(), Payload: fromValues(p.GetPayload())}
	}
	return out, nil
}

// Count is the exact number of points.
func (q *Qdrant) Count(ctx context.Context) (uint64, error) {
	c, cancel := q.ctx(ctx)
	defer cancel()
	exact := true
	n, err := q.cl.Count(c, &qdrant.CountPoints{CollectionName: q.coll, Exact: &exact})
	return n, mapErr("count", err)
}

// DropCollection deletes the collection (tests, re-indexing with another
// encoder).
func (q *Qdrant) DropCollection(ctx context.Context) error {
	c, cancel := q.ctx(ctx)
	defer cancel()
	return mapErr("delete collection", q.cl.DeleteCollection(c, q.coll))
}

// Close closes the connection.
func (q *Qdrant) Close() error { return q.cl.Close() }

// toFilter is the Qdrant form of a Filter (nil when it filters nothing).
func toFilter(f Filter) *qdrant.Filter {
	var must, not []*qdrant.Condition
	if f.Topic != "" {
		must = append(must, qdrant.NewMatchKeyword("topic", f.Topic))
	}
	if f.NovelOnly {
		must = append(must, qdrant.NewMatchBool("novel", true))
	}
	if f.Flag != "" {
		// Matches when any element of the list equals it.
		must = append(must, qdrant.NewMatchKeyword("flags", f.Flag))
	}
	if f.Service != "" {
		must = append(must, qdrant.NewMatchKeyword("service", f.Service))
	}
	if f.Model != "" {
		must = append(must, qdrant.NewMatchKeyword("model", f.Model))
	}
	if f.ErrorsOnly {
		must = append(must, qdrant.NewMatchBool("error", true))
	}
	if !f.Since.IsZero() || !f.Until.IsZero() {
		r := &qdrant.Range{}
		if !f.Since.IsZero() {
			v := float64(f.Since.UnixMilli())
			r.Gte = &v
		}
		if !f.Until.IsZero() {
			v := float64(f.Until.UnixMilli())
			r.Lt = &v
		}
		must = append(must, qdrant.NewRange("time_ms", r))
	}
	if f.User != "" {
		// Matches when any element of the list equals it.
		must = append(must, qdrant.NewMatchKeyword("user_ids", f.User))
	}
	if f.MinLatencyMS > 0 {
		v := f.MinLatencyMS
		must = append(must, qdrant.NewRange("latency_ms", &qdrant.Range{Gte: &v}))
	}
	if f.ExcludeID != "" {
		not = append(not, qdrant.NewHasID(qdrant.NewIDUUID(f.ExcludeID)))
	}
	if f.Tenants != nil {
		// An empty list matches nothing, as Memory's does.
		must = append(must, qdrant.NewMatchKeywords("tenant", append([]string{}, f.Tenants...)...))
	}
	if len(must) == 0 && len(not) == 0 {
		return nil
	}
	return &qdrant.Filter{Must: must, MustNot: not}
}

func toValues(p Payload) map[string]*qdrant.Value {
	ids := strValues(p.TraceIDs)
	m := map[string]*qdrant.Value{
		"prompt":          qdrant.NewValueString(p.Text),
		"text_hash":       qdrant.NewValueString(p.TextHash),
		"trace_id":        qdrant.NewValueString(p.TraceID),
		"span_id":         qdrant.NewValueString(p.SpanID),
		"trace_ids":       qdrant.NewValueFromList(ids...),
		"user_ids":        qdrant.NewValueFromList(strValues(p.UserIDs)...),
		"service":         qdrant.NewValueString(p.Service),
		"model":           qdrant.NewValueString(p.Model),
		"provider":        qdrant.NewValueString(p.Provider),
		"operation":       qdrant.NewValueString(p.Operation),
		"time":            qdrant.NewValueString(p.Time.UTC().Format(time.RFC3339Nano)),
		"time_ms":         qdrant.NewValueInt(p.Time.UnixMilli()),
		"latency_ms":      qdrant.NewValueDouble(p.LatencyMS),
		"error":           qdrant.NewValueBool(p.Error),
		"cost_usd":        qdrant.NewValueDouble(p.CostUSD),
		"input_tokens":    qdrant.NewValueInt(p.InputTokens),
		"output_tokens":   qdrant.NewValueInt(p.OutputTokens),
		"conversation_id": qdrant.NewValueString(p.ConversationID),
		"user_id":         qdrant.NewValueString(p.UserID),
		"tenant":          qdrant.NewValueString(p.Tenant),
		"hits":            qdrant.NewValueInt(p.Hits),
		"first_seen":      qdrant.NewValueString(p.FirstSeen.UTC().Format(time.RFC3339Nano)),
		"last_seen":       qdrant.NewValueString(p.LastSeen.UTC().Format(time.RFC3339Nano)),
		"encoder":         qdrant.NewValueString(p.Encoder),
		"topic":           qdrant.NewValueString(p.Topic),
		"novelty":         qdrant.NewValueDouble(p.Novelty),
		"novel":           qdrant.NewValueBool(p.Novel),
		"flags":           qdrant.NewValueFromList(strValues(p.Flags)...),
	}
	return m
}

func strValues(ss []string) []*qdrant.Value {
	out := make([]*qdrant.Value, len(ss))
	for i, s := range ss {
		out[i] = qdrant.NewValueString(s)
	}
	return out
}

func fromValues(m map[string]*qdrant.Value) Payload {
	str := func(k string) string { return m[k].GetStringValue() }
	num := func(k string) float64 {
		v := m[k]
		if _, ok := v.GetKind().(*qdrant.Value_IntegerValue); ok {
			return float64(v.GetIntegerValue())
		}
		return v.GetDoubleValue()
	}
	tm := func(k string) time.Time {
		t, _ := time.Parse(time.RFC3339Nano, str(k))
		return t
	}
	var ids []string
	for _, v := range m["trace_ids"].GetListValue().GetValues() {
		ids = append(ids, v.GetStringValue())
	}
	var users []string
	for _, v := range m["user_ids"].GetListValue().GetValues() {
		users = append(users, v.GetStringValue())
	}
	var flags []string
	for _, v := range m["flags"].GetListValue().GetValues() {
		flags = append(flags, v.GetStringValue())
	}
	return Payload{
		Flags: flags,
		Text:  str("prompt"), TextHash: str("text_hash"),
		TraceID: str("trace_id"), SpanID: str("span_id"), TraceIDs: ids, UserIDs: users,
		Service: str("service"), Model: str("model"), Provider: str("provider"), Operation: str("operation"),
		Time: tm("time"), LatencyMS: num("latency_ms"), Error: m["error"].GetBoolValue(), CostUSD: num("cost_usd"),
		InputTokens: int64(num("input_tokens")), OutputTokens: int64(num("output_tokens")),
		ConversationID: str("conversation_id"), UserID: str("user_id"), Tenant: str("tenant"),
		Hits: int64(num("hits")), FirstSeen: tm("first_seen"), LastSeen: tm("last_seen"), Encoder: str("encoder"),
		Topic: str("topic"), Novelty: num("novelty"), Novel: m["novel"].GetBoolValue(),
	}
}

var _ Index = (*Qdrant)(nil)
